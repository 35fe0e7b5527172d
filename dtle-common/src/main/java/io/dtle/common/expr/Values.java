package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The values an expression works with and MySQL's conversions between them. Inside the engine a value is
 * null (SQL NULL), a Long (integer types, YEAR, BIT, booleans), a BigDecimal (DECIMAL, and integers beyond
 * BIGINT), a Double (FLOAT, DOUBLE), a String (text types, ENUM, SET, JSON), a byte[] (binary types), or a
 * LocalDate, LocalDateTime or Duration (see {@link Temporals}). Rows may hand in other Java types;
 * {@link #normalize} maps them onto these.
 */
final class Values {
    static final Long TRUE = 1L;
    static final Long FALSE = 0L;

    private Values() {
    }

    static Long of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Maps the Java types a row may contain onto the engine's value types. */
    static Object normalize(Object value) {
        if (value == null || value instanceof Long || value instanceof String || value instanceof BigDecimal
                || value instanceof Double || value instanceof byte[]) {
            return value instanceof BigDecimal decimal && decimal.scale() < 0 ? decimal.setScale(0) : value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
        }
        if (value instanceof Boolean b) {
            return of(b);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return bytes;
        }
        return normalizeTemporal(value);
    }

    private static Object normalizeTemporal(Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Duration) {
            return value;
        }
        if (value instanceof LocalTime time) {
            return Duration.ofNanos(time.toNanoOfDay());
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Time time) {
            return Duration.ofNanos(time.toLocalTime().toNanoOfDay());
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.util.Date date) {
            return LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime time) {
            return time.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("a Where condition cannot use a value of type " + value.getClass().getName());
    }

    /** MySQL's truth of a value: NULL is unknown, everything else is true when not zero ('abc' is 0). */
    static Boolean truth(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long n) {
            return n != 0;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (value instanceof Duration time) {
            return !time.isZero();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value != Temporals.ZERO_DATE && value != Temporals.ZERO_DATETIME;
        }
        return toDouble(value) != 0;
    }

    static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof BigDecimal || value instanceof Double;
    }

    static boolean isString(Object value) {
        return value instanceof String || value instanceof byte[];
    }

    /** A non-null value as a DOUBLE. */
    static double toDouble(Object value) {
        if (value instanceof Long n) {
            return n;
        }
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof String s) {
            return Numbers.toDouble(s);
        }
        if (value instanceof byte[] bytes) {
            return Numbers.toDouble(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return toDouble(Temporals.toNumber(value));
    }

    /** A non-null value as a DECIMAL. */
    static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long n) {
            return BigDecimal.valueOf(n);
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? DoubleFormat.shortest(d) : BigDecimal.ZERO;
        }
        if (value instanceof String s) {
            return Numbers.toDecimal(s);
        }
        if (value instanceof byte[] bytes) {
            return Numbers.toDecimal(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return toDecimal(Temporals.toNumber(value));
    }

    /** A non-null value as MySQL writes it as a string: 1.50, 0.1, 2024-01-01, 10:00:00. */
    static String toText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d) {
            return DoubleFormat.format(d);
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return Temporals.format(value);
    }

    /** A non-null value as the bytes MySQL compares for a binary string. */
    static byte[] toBytes(Object value) {
        return value instanceof byte[] bytes ? bytes : toText(value).getBytes(StandardCharsets.UTF_8);
    }
}
