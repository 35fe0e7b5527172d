package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

/** Every field type of a Debezium MySQL change event, read back as the value MySQL had. */
class StructRowTest {
    private static final Schema VARIABLE_SCALE_DECIMAL = SchemaBuilder.struct().name("io.debezium.data.VariableScaleDecimal")
            .field("scale", Schema.INT32_SCHEMA).field("value", Schema.BYTES_SCHEMA).optional().build();

    /** One field of the given schema holding {@code value}, read through a StructRow. */
    private static Object read(Schema fieldSchema, Object value) {
        Schema schema = SchemaBuilder.struct().field("c", fieldSchema).build();
        return StructRow.of(new Struct(schema).put("c", value)).value("c");
    }

    private static Schema named(SchemaBuilder builder, String name) {
        return builder.name(name).optional().build();
    }

    private static boolean matches(String condition, Schema fieldSchema, Object value) {
        Schema schema = SchemaBuilder.struct().field("c", fieldSchema).build();
        return WhereExpression.parse(condition).matches(StructRow.of(new Struct(schema).put("c", value)));
    }

    @Test
    void readsPlainConnectTypes() {
        assertThat(read(Schema.INT8_SCHEMA, (byte) -8)).isEqualTo(-8L);
        assertThat(read(Schema.INT16_SCHEMA, (short) 16)).isEqualTo(16L);
        assertThat(read(Schema.INT32_SCHEMA, 32)).isEqualTo(32L);
        assertThat(read(Schema.INT64_SCHEMA, 64L)).isEqualTo(64L);
        assertThat(read(Schema.FLOAT32_SCHEMA, 0.1f)).isEqualTo((double) 0.1f);
        assertThat(read(Schema.FLOAT64_SCHEMA, 0.1)).isEqualTo(0.1);
        assertThat(read(Schema.BOOLEAN_SCHEMA, true)).isEqualTo(1L);
        assertThat(read(Schema.STRING_SCHEMA, "x")).isEqualTo("x");
        assertThat(read(Schema.BYTES_SCHEMA, new byte[] {1, 2})).isEqualTo(new byte[] {1, 2});
        assertThat(read(Schema.BYTES_SCHEMA, ByteBuffer.wrap(new byte[] {3}))).isEqualTo(new byte[] {3});
        assertThat(read(Schema.OPTIONAL_INT32_SCHEMA, null)).isNull();
    }

    @Test
    void readsDecimals() {
        assertThat(read(Decimal.schema(2), new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.50"));
        // BIGINT UNSIGNED in Debezium's precise mode.
        assertThat(read(Decimal.schema(0), new BigDecimal("18446744073709551615")))
                .isEqualTo(new BigDecimal("18446744073709551615"));
        Struct variable = new Struct(VARIABLE_SCALE_DECIMAL).put("scale", 3)
                .put("value", BigInteger.valueOf(-12345).toByteArray());
        assertThat(read(VARIABLE_SCALE_DECIMAL, variable)).isEqualTo(new BigDecimal("-12.345"));
        assertThat(matches("c = 1.5", Decimal.schema(2), new BigDecimal("1.50"))).isTrue();
        assertThat(matches("c > 18446744073709551614", Decimal.schema(0), new BigDecimal("18446744073709551615"))).isTrue();
    }

    @Test
    void readsDebeziumDatesAndDatetimesAsWallClockValues() {
        LocalDateTime dateTime = LocalDateTime.of(2024, 1, 5, 10, 30, 15, 123_456_000);
        long epochSeconds = dateTime.toEpochSecond(ZoneOffset.UTC);
        assertThat(read(named(SchemaBuilder.int32(), "io.debezium.time.Date"), (int) LocalDate.of(2024, 1, 5).toEpochDay()))
                .isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(read(named(SchemaBuilder.int32(), "io.debezium.time.Date"), -1)).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.Timestamp"), epochSeconds * 1000 + 123))
                .isEqualTo(dateTime.withNano(123_000_000));
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.MicroTimestamp"), epochSeconds * 1_000_000 + 123_456))
                .isEqualTo(dateTime);
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.NanoTimestamp"), epochSeconds * 1_000_000_000 + 123_456_000))
                .isEqualTo(dateTime);
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.MicroTimestamp"), -1L))
                .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000));
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.Timestamp"), -1L))
                .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_000_000));
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.NanoTimestamp"), -1L))
                .isEqualTo(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999));
        assertThat(matches("c = '2024-01-05'", named(SchemaBuilder.int32(), "io.debezium.time.Date"), 19727)).isTrue();
    }

    @Test
    void readsTimestampsInUtc() {
        Schema zoned = named(SchemaBuilder.string(), "io.debezium.time.ZonedTimestamp");
        assertThat(read(zoned, "2024-01-05T10:30:15Z")).isEqualTo(LocalDateTime.of(2024, 1, 5, 10, 30, 15));
        assertThat(read(zoned, "2024-01-05T10:30:15.5+02:00")).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30, 15, 500_000_000));
        assertThat(matches("c >= '2024-01-05 10:30'", zoned, "2024-01-05T10:30:15Z")).isTrue();
    }

    @Test
    void readsTimesIncludingNegativeAndOver24Hours() {
        assertThat(read(named(SchemaBuilder.int32(), "io.debezium.time.Time"), 45_015_500))
                .isEqualTo(Duration.ofMillis(45_015_500));
        Schema microTime = named(SchemaBuilder.int64(), "io.debezium.time.MicroTime");
        assertThat(read(microTime, -3_600_000_000L)).isEqualTo(Duration.ofHours(-1));
        assertThat(read(microTime, 838L * 3_600_000_000L)).isEqualTo(Duration.ofHours(838));
        assertThat(read(named(SchemaBuilder.int64(), "io.debezium.time.NanoTime"), 1_500_000_000L))
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(read(named(SchemaBuilder.string(), "io.debezium.time.ZonedTime"), "10:15:30+01:00"))
                .isEqualTo(Duration.ofHours(9).plusMinutes(15).plusSeconds(30));
        assertThat(matches("c > '100:00:00'", microTime, 838L * 3_600_000_000L)).isTrue();
        assertThat(matches("c < '-00:30'", microTime, -3_600_000_000L)).isTrue();
    }

    @Test
    void readsConnectsOwnLogicalTypes() {
        java.util.Date midnight = java.util.Date.from(LocalDate.of(2024, 1, 5).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(read(org.apache.kafka.connect.data.Date.SCHEMA, midnight)).isEqualTo(LocalDate.of(2024, 1, 5));
        java.util.Date instant = java.util.Date.from(LocalDateTime.of(2024, 1, 5, 10, 30).toInstant(ZoneOffset.UTC));
        assertThat(read(org.apache.kafka.connect.data.Timestamp.SCHEMA, instant)).isEqualTo(LocalDateTime.of(2024, 1, 5, 10, 30));
        assertThat(read(org.apache.kafka.connect.data.Time.SCHEMA, new java.util.Date(3_600_000))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void readsYearEnumSetJsonAndBits() {
        assertThat(read(named(SchemaBuilder.int32(), "io.debezium.time.Year"), 2024)).isEqualTo(2024L);
        assertThat(read(named(SchemaBuilder.string(), "io.debezium.data.Enum"), "y")).isEqualTo("y");
        assertThat(read(named(SchemaBuilder.string(), "io.debezium.data.EnumSet"), "a,c")).isEqualTo("a,c");
        assertThat(read(named(SchemaBuilder.string(), "io.debezium.data.Json"), "{\"a\": 1}")).isEqualTo("{\"a\": 1}");
        Schema bits = named(SchemaBuilder.bytes(), "io.debezium.data.Bits");
        // Debezium's bytes are little-endian: b'1 00000101' is {0x05, 0x01}.
        assertThat(read(bits, new byte[] {0x05, 0x01})).isEqualTo(261L);
        assertThat(read(bits, new byte[] {(byte) 0xFF})).isEqualTo(255L);
        assertThat(read(bits, new byte[] {-1, -1, -1, -1, -1, -1, -1, -1})).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(matches("c = 5", bits, new byte[] {5})).isTrue();
        assertThat(matches("c = 'Y'", named(SchemaBuilder.string(), "io.debezium.data.Enum"), "y")).isTrue();
    }

    @Test
    void findsColumnsWhateverTheirCase() {
        Schema schema = SchemaBuilder.struct().field("Status", Schema.STRING_SCHEMA).field("ID", Schema.INT32_SCHEMA).build();
        Row row = StructRow.of(new Struct(schema).put("Status", "open").put("ID", 7));
        assertThat(row.value("status")).isEqualTo("open");
        assertThat(row.value("id")).isEqualTo(7L);
        assertThat(row.value("missing")).isNull();
        assertThat(WhereExpression.parse("STATUS = 'OPEN' AND id = 7").matches(row)).isTrue();
    }

    @Test
    void hasNoRowForAMissingStruct() {
        assertThat(StructRow.of(null)).isNull();
    }

    @Test
    void refusesFieldsThatAreNotColumnValues() {
        Schema array = SchemaBuilder.array(Schema.INT32_SCHEMA).build();
        assertThatThrownBy(() -> read(array, java.util.List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a Where condition cannot read a field of type ARRAY");
    }

    @Test
    void readsBinaryColumnsAsBinaryStrings() {
        assertThat(matches("c = 'abc'", Schema.BYTES_SCHEMA, "Abc".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(matches("c = 'Abc'", Schema.BYTES_SCHEMA, "Abc".getBytes(StandardCharsets.UTF_8))).isTrue();
    }
}
