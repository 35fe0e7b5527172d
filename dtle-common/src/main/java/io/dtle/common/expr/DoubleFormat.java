package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a DOUBLE the way MySQL 8.0 does when it needs the value as a string (CONCAT, LIKE, LENGTH...): the
 * shortest digits that read back as the same double, in plain notation while that is short
 * (0.30000000000000004, 100000000000000, 0.000015) and in exponent notation otherwise (1e15, 1e-16,
 * 1.2345678901234568e-5).
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
        BigDecimal shortest = shortestPositive(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int len = digits.length();
        // The decimal point sits after 'point' digits: 0.00123 has point -2, 123.4 has point 3.
        int point = len - shortest.scale();
        String sign = value < 0 ? "-" : "";
        int plainLength = point <= 0 ? len - point + 2 : point < len ? len + 1 : point;
        if (point > 15 || point < -14 || plainLength > WIDTH) {
            String mantissa = len == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (point - 1);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point < len) {
            return sign + digits.substring(0, point) + "." + digits.substring(point);
        }
        return sign + digits + "0".repeat(point - len);
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
