package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads numbers out of strings the way MySQL does in a numeric context: leading whitespace is skipped, the
 * longest numeric prefix counts and the rest is ignored ('1abc' is 1, 'abc' is 0, '1e3x' is 1000).
 */
final class Numbers {
    private static final BigInteger UNSIGNED_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Numbers() {
    }

    /** The string as a DOUBLE, as MySQL converts it when comparing it with a number. */
    static double toDouble(String text) {
        String prefix = prefix(text, true);
        if (prefix.isEmpty()) {
            return 0;
        }
        double value = Double.parseDouble(prefix);
        // MySQL saturates instead of producing an infinity.
        if (Double.isInfinite(value)) {
            return value > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        return value;
    }

    /** The string as a DECIMAL, as MySQL converts it for a DECIMAL comparison or CAST(... AS DECIMAL). */
    static BigDecimal toDecimal(String text) {
        String prefix = prefix(text, true);
        if (prefix.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = new BigDecimal(prefix);
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * The string as an integer when it is one exactly (optional spaces around an optionally signed run of
     * digits in BIGINT range), else null. MySQL then compares an integer column with it as integers.
     */
    static Long exactLong(String text) {
        String trimmed = text.strip();
        int start = trimmed.startsWith("-") || trimmed.startsWith("+") ? 1 : 0;
        if (trimmed.length() == start || trimmed.length() - start > 19) {
            return null;
        }
        for (int i = start; i < trimmed.length(); i++) {
            if (!isDigit(trimmed.charAt(i))) {
                return null;
            }
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * CAST(string AS SIGNED/UNSIGNED): the integer prefix only ('5.9' is 5, '1e3' is 1), read as a 64-bit
     * pattern: too large positive values saturate to 2^64-1, too negative ones to -2^63.
     */
    static long castToLong(String text) {
        String prefix = prefix(text, false);
        if (prefix.isEmpty() || prefix.equals("-") || prefix.equals("+")) {
            return 0;
        }
        BigInteger value = new BigInteger(prefix);
        if (value.signum() < 0) {
            return value.bitLength() > 63 ? Long.MIN_VALUE : value.longValue();
        }
        return value.compareTo(UNSIGNED_MAX) > 0 ? -1 : value.longValue();
    }

    /** The longest numeric prefix after leading whitespace; decimals and exponent only when asked. */
    static String prefix(String text, boolean withFraction) {
        int i = 0;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (withFraction && i < n && text.charAt(i) == '.') {
            int dot = i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
            if (digits == 0) {
                i = dot;
            }
        }
        if (digits == 0) {
            return "";
        }
        if (withFraction) {
            i = afterExponent(text, i);
        }
        String prefix = text.substring(start, i);
        return prefix.startsWith("+") ? prefix.substring(1) : prefix;
    }

    /** The end of an exponent (e5, E-3) starting at {@code i}, or {@code i} when there is none. */
    private static int afterExponent(String text, int i) {
        int n = text.length();
        if (i >= n || text.charAt(i) != 'e' && text.charAt(i) != 'E') {
            return i;
        }
        int exponent = i + 1;
        if (exponent < n && (text.charAt(exponent) == '-' || text.charAt(exponent) == '+')) {
            exponent++;
        }
        int end = exponent;
        while (end < n && isDigit(text.charAt(end))) {
            end++;
        }
        return end > exponent ? end : i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
