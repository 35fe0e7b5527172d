package io.dtle.sink.sql;

import io.dtle.sink.table.ColumnKind;
import io.dtle.sink.table.TargetColumn;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Converts Connect values, typed the way Debezium's MySQL connector types them, into JDBC parameters that
 * make MySQL store exactly the source's value. Temporal values become text in MySQL's own literal syntax,
 * which needs no time-zone handling by the driver: DATETIME values are local (as in the source),
 * TIMESTAMP values are written in UTC, so the sink's sessions run with {@code time_zone = '+00:00'}.
 */
public final class JdbcValues {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private JdbcValues() {
    }

    /** The parameter for {@code value} of a field with schema {@code schema} written into {@code column}; null stays null. */
    public static Object toJdbc(Object value, Schema schema, TargetColumn column) {
        return value == null ? null : converter(schema, column).toJdbc(value);
    }

    /** The conversion for one (field schema, target column) pair, chosen once so the hot path only applies it. */
    static JdbcValue converter(Schema schema, TargetColumn column) {
        String name = schema.name();
        if (name != null) {
            JdbcValue named = namedConverter(name, column);
            if (named != null) {
                return named;
            }
        }
        return switch (schema.type()) {
            case INT64 -> column.isUnsigned() ? JdbcValues::unsignedLong : v -> v;
            case BOOLEAN -> v -> (Boolean) v ? 1 : 0;
            case BYTES -> JdbcValues::bytes;
            case STRUCT -> geometryOrFail(schema, column);
            case ARRAY, MAP -> v -> {
                throw new DataException("Column " + column.name() + " gets a Connect " + schema.type()
                        + " value, which has no MySQL column type; map the field away or convert it with a transform");
            };
            default -> v -> v;
        };
    }

    private static JdbcValue namedConverter(String schemaName, TargetColumn column) {
        return switch (schemaName) {
            case "org.apache.kafka.connect.data.Decimal" -> v -> v;  // BigDecimal, bound exactly
            case "io.debezium.time.Date" -> v -> LocalDate.ofEpochDay(((Number) v).longValue()).toString();
            case "org.apache.kafka.connect.data.Date" ->
                    v -> LocalDate.ofEpochDay(Math.floorDiv(((java.util.Date) v).getTime(), 86_400_000L)).toString();
            case "io.debezium.time.Time" -> v -> time(((Number) v).longValue() * 1000);
            case "io.debezium.time.MicroTime" -> v -> time(((Number) v).longValue());
            case "io.debezium.time.NanoTime" -> v -> time(((Number) v).longValue() / 1000);
            case "org.apache.kafka.connect.data.Time" -> v -> time(((java.util.Date) v).getTime() * 1000);
            case "io.debezium.time.Timestamp" -> v -> dateTime(((Number) v).longValue() * 1000);
            case "io.debezium.time.MicroTimestamp" -> v -> dateTime(((Number) v).longValue());
            case "io.debezium.time.NanoTimestamp" -> v -> dateTime(Math.floorDiv(((Number) v).longValue(), 1000));
            case "org.apache.kafka.connect.data.Timestamp" -> v -> dateTime(((java.util.Date) v).getTime() * 1000);
            case "io.debezium.time.ZonedTimestamp" -> v -> utcDateTime((String) v);
            case "io.debezium.data.Bits" -> v -> bits(bytes(v), column.bitWidth());
            case "io.debezium.data.geometry.Geometry", "io.debezium.data.geometry.Point" -> JdbcValues::geometry;
            default -> null;
        };
    }

    /** BIGINT UNSIGNED arrives as a signed long that wrapped above 2^63 - 1 (Debezium's "long" mode). */
    private static Object unsignedLong(Object value) {
        long v = (Long) value;
        return v >= 0 ? value : new BigDecimal(Long.toUnsignedString(v));
    }

    static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] array = new byte[buffer.remaining()];
        buffer.get(array);
        return array;
    }

    /**
     * Debezium sends BIT(n) as the bits in little-endian byte order (its BitSet's order); MySQL stores a
     * binary string into a BIT column big-endian, right-aligned. Returns at most (n + 7) / 8 bytes.
     */
    static byte[] bits(byte[] littleEndian, int width) {
        int length = width > 0 ? Math.min(littleEndian.length, (width + 7) / 8) : littleEndian.length;
        byte[] bigEndian = new byte[Math.max(length, 1)];
        for (int i = 0; i < length; i++) {
            bigEndian[bigEndian.length - 1 - i] = littleEndian[i];
        }
        return bigEndian;
    }

    /**
     * A geometry as MySQL's internal format, SRID (4 bytes, little-endian) then WKB: what a GEOMETRY column
     * stores and accepts as a binary string on MySQL and MariaDB, so no SQL function (and no axis-order rule
     * of ST_GeomFromWKB for geographic SRIDs) is involved.
     */
    static byte[] geometry(Object value) {
        Struct struct = (Struct) value;
        byte[] wkb = bytes(struct.get("wkb"));
        Integer srid = struct.schema().field("srid") == null ? null : struct.getInt32("srid");
        return ByteBuffer.allocate(4 + wkb.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(srid == null ? 0 : srid).put(wkb).array();
    }

    private static JdbcValue geometryOrFail(Schema schema, TargetColumn column) {
        if (schema.field("wkb") != null) {
            return JdbcValues::geometry;
        }
        return v -> {
            throw new DataException("Column " + column.name() + " gets a struct (" + schema.name() + ") that is not a"
                    + " Debezium geometry; map the field away or flatten it with a transform");
        };
    }

    /** MySQL TIME text for a signed duration in microseconds: {@code -838:59:59.000000} to {@code 838:59:59.000000}. */
    static String time(long micros) {
        StringBuilder text = new StringBuilder(17);
        if (micros < 0) {
            text.append('-');
        }
        return clock(text, Math.abs(micros)).toString();
    }

    /** MySQL DATETIME text for microseconds since 1970-01-01 00:00:00 of a local (zone-less) date and time. */
    static String dateTime(long micros) {
        long day = Math.floorDiv(micros, MICROS_PER_DAY);
        long ofDay = Math.floorMod(micros, MICROS_PER_DAY);
        return clock(new StringBuilder(26).append(LocalDate.ofEpochDay(day)).append(' '), ofDay).toString();
    }

    /** Debezium's ZonedTimestamp (ISO-8601 with offset, "Z" from MySQL) as UTC DATETIME text. */
    static String utcDateTime(String isoTimestamp) {
        if (isoTimestamp.endsWith("Z") && isoTimestamp.length() >= 20 && isoTimestamp.charAt(10) == 'T') {
            return isoTimestamp.substring(0, 10) + ' ' + isoTimestamp.substring(11, isoTimestamp.length() - 1);
        }
        OffsetDateTime utc = OffsetDateTime.parse(isoTimestamp).withOffsetSameInstant(ZoneOffset.UTC);
        return dateTime(Math.addExact(Math.multiplyExact(utc.toEpochSecond(), MICROS_PER_SECOND), utc.getNano() / 1000));
    }

    /** Appends {@code HH:MM:SS[.ffffff]} for a non-negative number of microseconds (hours may exceed 23). */
    private static StringBuilder clock(StringBuilder text, long micros) {
        long seconds = micros / MICROS_PER_SECOND;
        pad(text, seconds / 3600, 2).append(':');
        pad(text, seconds / 60 % 60, 2).append(':');
        pad(text, seconds % 60, 2);
        long fraction = micros % MICROS_PER_SECOND;
        return fraction == 0 ? text : pad(text.append('.'), fraction, 6);
    }

    private static StringBuilder pad(StringBuilder text, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** Whether {@code kind} columns hold values that {@code <=>} against a parameter matches exactly. */
    static boolean comparableInWhere(ColumnKind kind) {
        return kind != ColumnKind.FLOATING && kind != ColumnKind.GEOMETRY;
    }
}
