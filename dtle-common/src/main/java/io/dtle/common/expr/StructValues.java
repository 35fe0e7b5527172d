package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Converts a field of a Debezium change event into the value MySQL had, by the field schema's logical name
 * (Debezium's names are strings here so that dtle-common does not depend on Debezium). DATETIME types are
 * epoch-based in Debezium but carry no zone: they are read in UTC, which gives back the wall-clock value.
 * TIMESTAMP columns arrive as UTC instants (ZonedTimestamp) and are compared as UTC wall-clock values too,
 * so a condition on a TIMESTAMP column matches the snapshot only when the snapshot session runs in UTC.
 */
final class StructValues {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private StructValues() {
    }

    static Object convert(Schema schema, Object raw) {
        if (raw == null) {
            return null;
        }
        String name = schema.name();
        if (name != null) {
            Object logical = logical(name, raw);
            if (logical != null) {
                return logical;
            }
        }
        return switch (schema.type()) {
            case INT8, INT16, INT32, INT64 -> ((Number) raw).longValue();
            case FLOAT32 -> ((Float) raw).doubleValue();
            case FLOAT64 -> raw;
            case BOOLEAN -> Values.of((Boolean) raw);
            case STRING -> raw.toString();
            case BYTES -> bytes(raw);
            default -> throw new IllegalArgumentException("a Where condition cannot read a field of type "
                    + schema.type() + (name == null ? "" : " (" + name + ")"));
        };
    }

    /** A logical type's value, or null when the name is not a logical type with its own conversion. */
    private static Object logical(String name, Object raw) {
        return switch (name) {
            case "org.apache.kafka.connect.data.Decimal" -> raw;
            case "io.debezium.data.VariableScaleDecimal" -> variableScaleDecimal((Struct) raw);
            case "io.debezium.time.Date" -> LocalDate.ofEpochDay(((Number) raw).longValue());
            case "io.debezium.time.Timestamp" -> epoch(((Number) raw).longValue(), ChronoUnit.MILLIS);
            case "io.debezium.time.MicroTimestamp" -> epoch(((Number) raw).longValue(), ChronoUnit.MICROS);
            case "io.debezium.time.NanoTimestamp" -> epoch(((Number) raw).longValue(), ChronoUnit.NANOS);
            case "io.debezium.time.ZonedTimestamp" ->
                    OffsetDateTime.parse(raw.toString()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            case "io.debezium.time.Time" -> Duration.ofMillis(((Number) raw).longValue());
            case "io.debezium.time.MicroTime" -> Duration.of(((Number) raw).longValue(), ChronoUnit.MICROS);
            case "io.debezium.time.NanoTime" -> Duration.ofNanos(((Number) raw).longValue());
            case "io.debezium.time.ZonedTime" -> Duration.ofNanos(
                    OffsetTime.parse(raw.toString()).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime().toNanoOfDay());
            case "io.debezium.time.Year" -> ((Number) raw).longValue();
            case "io.debezium.data.Bits" -> bits(bytes(raw));
            case "org.apache.kafka.connect.data.Date" -> LocalDate.ofEpochDay(
                    Math.floorDiv(((java.util.Date) raw).getTime(), 86_400_000L));
            case "org.apache.kafka.connect.data.Timestamp" -> epoch(((java.util.Date) raw).getTime(), ChronoUnit.MILLIS);
            case "org.apache.kafka.connect.data.Time" -> Duration.ofMillis(((java.util.Date) raw).getTime());
            case "io.debezium.data.geometry.Geometry", "io.debezium.data.geometry.Point" -> ((Struct) raw).getBytes("wkb");
            default -> null;
        };
    }

    /** Debezium's decimal of any scale: a struct with the scale and the unscaled value's bytes. */
    private static BigDecimal variableScaleDecimal(Struct struct) {
        return new BigDecimal(new BigInteger(bytes(struct.get("value"))), struct.getInt32("scale"));
    }

    private static LocalDateTime epoch(long amount, ChronoUnit unit) {
        // Plain long arithmetic: Duration.dividedBy(Duration) goes through BigDecimal and made every DATETIME value
        // cost microseconds (issue 5's WhereExpressionBenchmark.compoundEvaluate).
        long unitNanos = unit.getDuration().toNanos();
        long perSecond = NANOS_PER_SECOND / unitNanos;
        long seconds = Math.floorDiv(amount, perSecond);
        long nanos = Math.floorMod(amount, perSecond) * unitNanos;
        return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
    }

    /** BIT(n): Debezium's bytes are little-endian; MySQL uses the bits as an unsigned number. */
    private static Object bits(byte[] littleEndian) {
        byte[] bigEndian = new byte[littleEndian.length + 1];
        for (int i = 0; i < littleEndian.length; i++) {
            bigEndian[bigEndian.length - 1 - i] = littleEndian[i];
        }
        return Arithmetic.narrow(new BigDecimal(new BigInteger(bigEndian)));
    }

    private static byte[] bytes(Object raw) {
        if (raw instanceof byte[] bytes) {
            return bytes;
        }
        ByteBuffer buffer = ((ByteBuffer) raw).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
