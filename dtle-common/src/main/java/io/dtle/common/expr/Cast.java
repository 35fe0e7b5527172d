package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** CAST(x AS type) and CONVERT(x, type): MySQL's conversions of a non-null value to a target type. */
final class Cast {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal UNSIGNED_MAX = new BigDecimal(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    private static final BigDecimal TWO_TO_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));

    private Cast() {
    }

    /** The integer MySQL reads from a value where it needs one: decimals round half up, doubles to even. */
    static long toInteger(Object value) {
        if (value instanceof Long n) {
            return n;
        }
        if (value instanceof String || value instanceof byte[]) {
            return Numbers.castToLong(value instanceof byte[] b
                    ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) : (String) value);
        }
        if (value instanceof Double d) {
            double rounded = Math.rint(d);
            return rounded >= 0x1p63 ? Long.MAX_VALUE : rounded <= -0x1p63 ? Long.MIN_VALUE : (long) rounded;
        }
        if (value instanceof BigDecimal d) {
            BigDecimal rounded = d.setScale(0, RoundingMode.HALF_UP);
            if (rounded.compareTo(LONG_MIN) < 0) {
                return Long.MIN_VALUE;
            }
            return rounded.compareTo(UNSIGNED_MAX) > 0 ? Long.MAX_VALUE : rounded.toBigInteger().longValue();
        }
        return toInteger(Temporals.toNumber(value));
    }

    /**
     * CAST(x AS SIGNED). An integer from 2^63 to 2^64-1 is taken for a BIGINT UNSIGNED (which is how such
     * values arrive) and wraps like MySQL's, so 18446744073709551615 is -1; larger decimals saturate.
     */
    static Object toSigned(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal rounded = d.setScale(0, RoundingMode.HALF_UP);
            boolean unsignedBigint = d.scale() <= 0 && rounded.compareTo(UNSIGNED_MAX) <= 0;
            if (rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 && !unsignedBigint) {
                return Long.MAX_VALUE;
            }
        }
        return toInteger(value);
    }

    /** CAST(x AS UNSIGNED): the same 64 bits read as unsigned, so -1 is 18446744073709551615. */
    static Object toUnsigned(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal rounded = d.setScale(0, RoundingMode.HALF_UP);
            if (rounded.compareTo(UNSIGNED_MAX) > 0) {
                return UNSIGNED_MAX;
            }
            if (rounded.signum() >= 0) {
                return Arithmetic.narrow(rounded);
            }
        }
        long bits = toInteger(value);
        return bits >= 0 ? (Object) bits : BigDecimal.valueOf(bits).add(TWO_TO_64);
    }

    /** CAST(x AS DECIMAL(precision, scale)): rounded half up, clamped to the largest value that fits. */
    static Object toDecimal(Object value, int precision, int scale) {
        BigDecimal d = Values.toDecimal(value).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal max = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        if (d.abs().compareTo(max) > 0) {
            return d.signum() < 0 ? max.negate() : max;
        }
        return d;
    }

    /** CAST(x AS CHAR[(length)]): the string form, cut to {@code length} characters when given (-1: no limit). */
    static Object toChar(Object value, int length) {
        String text = Values.toText(value);
        if (length < 0 || text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length));
    }

    static Object toBinary(Object value) {
        return Values.toBytes(value);
    }

    static Object toDouble(Object value) {
        return Values.toDouble(value);
    }

    /**
     * CAST(x AS DATE), DATE(x): NULL when x is not a date, or is the zero date (MySQL 8.0's default
     * NO_ZERO_DATE mode). A TIME has no date: MySQL would use today's, this gives NULL.
     */
    static Object toDate(Object value) {
        Object dateTime = toDateOrDateTime(value);
        return dateTime instanceof LocalDateTime time ? time.toLocalDate() : dateTime;
    }

    /** CAST(x AS DATETIME). */
    static Object toDateTime(Object value) {
        Object dateTime = toDateOrDateTime(value);
        return dateTime == null ? null : Temporals.toDateTime(dateTime);
    }

    /** CAST(x AS TIME). */
    static Object toTime(Object value) {
        if (value instanceof Duration) {
            return value;
        }
        if (value instanceof LocalDateTime time) {
            return Duration.ofNanos(time.toLocalTime().toNanoOfDay());
        }
        if (value instanceof LocalDate) {
            return Duration.ZERO;
        }
        return Values.isString(value) ? Temporals.parseTime(Values.toText(value)) : Temporals.timeFromNumber(value);
    }

    private static Object toDateOrDateTime(Object value) {
        Object result;
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            result = value;
        } else if (value instanceof Duration) {
            result = null;
        } else {
            result = Values.isString(value) ? Temporals.parseDateTime(Values.toText(value)) : Temporals.fromNumber(value);
        }
        return result == Temporals.ZERO_DATE || result == Temporals.ZERO_DATETIME ? null : result;
    }
}
