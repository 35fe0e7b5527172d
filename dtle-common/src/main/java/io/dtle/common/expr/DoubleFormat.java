package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a DOUBLE the way MySQL 8.0 does when it needs the value as a string (CONCAT, LIKE, LENGTH...): the
 * shortest digits that read back as the same double, in plain notation while that is short
 * (0.30000000000000004, 100000000000000, 0.000015) and in exponent notation otherwise (1e15, 1e-16,
 * 1.2345678901234568e-5), never longer than 22 characters with the sign: digits are dropped to fit
 * (-1.084202172485504e-20).
 */
final class DoubleFormat {
    /** MySQL's MAX_DOUBLE_STR_LENGTH: a plain form longer than this switches to exponent notation. */
    private static final int WIDTH = 22;

    private DoubleFormat() {
    }

    static String format(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        String sign = value < 0 ? "-" : "";
        int width = WIDTH - sign.length();
        BigDecimal digits = shortestPositive(Math.abs(value));
        String unscaled = digits.unscaledValue().toString();
        int len = unscaled.length();
        // The decimal point sits after 'point' digits: 0.00123 has point -2, 123.4 has point 3.
        int point = len - digits.scale();
        int plainLength = point <= 0 ? len - point + 2 : point < len ? len + 1 : point;
        if (point <= 15 && point >= -14 && plainLength <= width) {
            return sign + plain(unscaled, point);
        }
        // Exponent notation, with fewer digits when the shortest ones do not fit the width.
        for (int precision = len; ; precision--) {
            BigDecimal rounded = precision == len ? digits
                    : new BigDecimal(Math.abs(value)).round(new MathContext(precision, RoundingMode.HALF_EVEN))
                            .stripTrailingZeros();
            String mantissaDigits = rounded.unscaledValue().toString();
            int exponent = mantissaDigits.length() - rounded.scale() - 1;
            String mantissa = mantissaDigits.length() == 1 ? mantissaDigits
                    : mantissaDigits.charAt(0) + "." + mantissaDigits.substring(1);
            String text = mantissa + "e" + exponent;
            if (text.length() <= width || precision == 1) {
                return sign + text;
            }
        }
    }

    private static String plain(String digits, int point) {
        int len = digits.length();
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point < len) {
            return digits.substring(0, point) + "." + digits.substring(point);
        }
        return digits + "0".repeat(point - len);
    }

    /** The fewest significant digits that convert back to the same double (for a finite value). */
    static BigDecimal shortest(double value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal digits = shortestPositive(Math.abs(value));
        BigDecimal signed = value < 0 ? digits.negate() : digits;
        return signed.scale() < 0 ? signed.setScale(0) : signed;
    }

    private static BigDecimal shortestPositive(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
