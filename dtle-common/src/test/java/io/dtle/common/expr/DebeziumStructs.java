package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * Encodes a differential row the way Debezium's MySQL connector puts it in a change event's {@code after}
 * struct (decimal.handling.mode=precise, time.precision.mode=adaptive_time_microseconds,
 * bigint.unsigned.handling.mode=precise), so that {@link StructRow} can be checked against the same rows.
 */
final class DebeziumStructs {
    static final Schema SCHEMA = schema();

    private DebeziumStructs() {
    }

    static Struct of(Map<String, Object> row) {
        Struct struct = new Struct(SCHEMA);
        row.forEach((column, value) -> struct.put(column, value == null ? null : encode(column, value)));
        return struct;
    }

    private static Schema schema() {
        SchemaBuilder builder = SchemaBuilder.struct().name("diff.t.Value");
        for (String column : new String[] {"ti", "tiu", "si"}) {
            builder.field(column, Schema.OPTIONAL_INT16_SCHEMA);
        }
        for (String column : new String[] {"siu", "mi", "miu", "i"}) {
            builder.field(column, Schema.OPTIONAL_INT32_SCHEMA);
        }
        builder.field("iu", Schema.OPTIONAL_INT64_SCHEMA).field("bi", Schema.OPTIONAL_INT64_SCHEMA)
                .field("biu", Decimal.builder(0).optional().build())
                .field("d", Decimal.builder(2).optional().build())
                .field("f", Schema.OPTIONAL_FLOAT32_SCHEMA).field("db", Schema.OPTIONAL_FLOAT64_SCHEMA)
                .field("dt", named(SchemaBuilder.int32(), "io.debezium.time.Date"))
                .field("dtm", named(SchemaBuilder.int64(), "io.debezium.time.MicroTimestamp"))
                .field("ts", named(SchemaBuilder.string(), "io.debezium.time.ZonedTimestamp"))
                .field("tm", named(SchemaBuilder.int64(), "io.debezium.time.MicroTime"))
                .field("y", named(SchemaBuilder.int32(), "io.debezium.time.Year"))
                .field("c", Schema.OPTIONAL_STRING_SCHEMA).field("vc", Schema.OPTIONAL_STRING_SCHEMA)
                .field("bn", Schema.OPTIONAL_BYTES_SCHEMA).field("vb", Schema.OPTIONAL_BYTES_SCHEMA)
                .field("e", named(SchemaBuilder.string(), "io.debezium.data.Enum"))
                .field("st", named(SchemaBuilder.string(), "io.debezium.data.EnumSet"))
                .field("j", named(SchemaBuilder.string(), "io.debezium.data.Json"))
                .field("bt", named(SchemaBuilder.bytes(), "io.debezium.data.Bits"));
        return builder.build();
    }

    private static Schema named(SchemaBuilder builder, String name) {
        return builder.name(name).optional().build();
    }

    private static Object encode(String column, Object value) {
        Schema schema = SCHEMA.field(column).schema();
        if (schema.name() != null) {
            return logical(schema.name(), value);
        }
        return switch (schema.type()) {
            case INT16 -> ((Number) value).shortValue();
            case INT32 -> ((Number) value).intValue();
            case INT64 -> ((Number) value).longValue();
            case FLOAT32 -> ((Number) value).floatValue();
            case FLOAT64 -> ((Number) value).doubleValue();
            case BYTES -> ByteBuffer.wrap((byte[]) value);
            default -> value.toString();
        };
    }

    private static Object logical(String name, Object value) {
        return switch (name) {
            case Decimal.LOGICAL_NAME -> value instanceof BigInteger big ? new BigDecimal(big) : value;
            case "io.debezium.time.Date" -> (int) ((LocalDate) value).toEpochDay();
            case "io.debezium.time.MicroTimestamp" -> micros((LocalDateTime) value);
            case "io.debezium.time.ZonedTimestamp" ->
                    ((LocalDateTime) value).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case "io.debezium.time.MicroTime" -> ((Duration) value).toNanos() / 1000;
            case "io.debezium.time.Year" -> ((Number) value).intValue();
            case "io.debezium.data.Bits" -> new byte[] {((Number) value).byteValue()};
            default -> value.toString();
        };
    }

    private static long micros(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + time.getNano() / 1000;
    }
}
