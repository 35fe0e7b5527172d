package io.dtle.sink.sql;

import static io.dtle.sink.sql.TestTables.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.sink.table.TargetColumn;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class JdbcValuesTest {
    private static Schema named(Schema.Type type, String name) {
        return SchemaBuilder.type(type).name(name).optional().build();
    }

    private static Object convert(Object value, Schema schema, TargetColumn column) {
        return JdbcValues.toJdbc(value, schema, column);
    }

    @Test
    void nullStaysNull() {
        assertThat(convert(null, Schema.OPTIONAL_INT32_SCHEMA, column("a", "int"))).isNull();
    }

    @Test
    void bigintUnsignedAboveTwoToTheSixtyThirdUnwraps() {
        TargetColumn unsigned = new TargetColumn("u", "bigint", "bigint unsigned", true, false, null);
        assertThat(convert(-1L, Schema.INT64_SCHEMA, unsigned)).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(convert(Long.MIN_VALUE, Schema.INT64_SCHEMA, unsigned))
                .isEqualTo(new BigDecimal("9223372036854775808"));
        assertThat(convert(5L, Schema.INT64_SCHEMA, unsigned)).isEqualTo(5L);
        assertThat(convert(-1L, Schema.INT64_SCHEMA, column("s", "bigint"))).isEqualTo(-1L);
    }

    @Test
    void decimalsPassAsBigDecimal() {
        BigDecimal big = new BigDecimal("-99999999999999999999999999999999999.999999999999999999999999999999");
        assertThat(convert(big, Decimal.schema(30), column("d", "decimal"))).isSameAs(big);
    }

    @Test
    void timeCoversNegativeAndMoreThanADay() {
        assertThat(JdbcValues.time(0)).isEqualTo("00:00:00");
        assertThat(JdbcValues.time(-1)).isEqualTo("-00:00:00.000001");
        assertThat(JdbcValues.time(-(838L * 3600 + 59 * 60 + 59) * 1_000_000)).isEqualTo("-838:59:59");
        assertThat(JdbcValues.time((25L * 3600 + 30 * 60) * 1_000_000 + 500_000)).isEqualTo("25:30:00.500000");
        Schema micro = named(Schema.Type.INT64, "io.debezium.time.MicroTime");
        assertThat(convert(-3_723_456_789L, micro, column("t", "time"))).isEqualTo("-01:02:03.456789");
        Schema milli = named(Schema.Type.INT32, "io.debezium.time.Time");
        assertThat(convert(3_723_456, milli, column("t", "time"))).isEqualTo("01:02:03.456000");
    }

    @Test
    void datesAndLocalDateTimes() {
        Schema date = named(Schema.Type.INT32, "io.debezium.time.Date");
        assertThat(convert(-354285, date, column("d", "date"))).isEqualTo("1000-01-01");
        assertThat(convert(2932896, date, column("d", "date"))).isEqualTo("9999-12-31");
        Schema micros = named(Schema.Type.INT64, "io.debezium.time.MicroTimestamp");
        assertThat(convert(253402300799999999L, micros, column("d", "datetime")))
                .isEqualTo("9999-12-31 23:59:59.999999");
        assertThat(convert(-1L, micros, column("d", "datetime"))).isEqualTo("1969-12-31 23:59:59.999999");
        Schema millis = named(Schema.Type.INT64, "io.debezium.time.Timestamp");
        assertThat(convert(-30610224000000L, millis, column("d", "datetime"))).isEqualTo("1000-01-01 00:00:00");
    }

    @Test
    void zonedTimestampsBecomeUtcText() {
        Schema zoned = named(Schema.Type.STRING, "io.debezium.time.ZonedTimestamp");
        assertThat(convert("2038-01-19T03:14:07.999999Z", zoned, column("t", "timestamp")))
                .isEqualTo("2038-01-19 03:14:07.999999");
        assertThat(convert("1970-01-01T00:00:01Z", zoned, column("t", "timestamp"))).isEqualTo("1970-01-01 00:00:01");
        assertThat(convert("2024-02-29T14:34:56.5+02:00", zoned, column("t", "timestamp")))
                .isEqualTo("2024-02-29 12:34:56.500000");
    }

    @Test
    void bitsAreReversedIntoBigEndianOfTheColumnWidth() {
        Schema bits = named(Schema.Type.BYTES, "io.debezium.data.Bits");
        TargetColumn bit12 = new TargetColumn("b", "bit", "bit(12)", true, false, null);
        assertThat((byte[]) convert(new byte[] {(byte) 0xAA, 0x0A}, bits, bit12)).containsExactly(0x0A, 0xAA);
        TargetColumn bit64 = new TargetColumn("b", "bit", "bit(64)", true, false, null);
        byte[] one = {1, 0, 0, 0, 0, 0, 0, (byte) 0x80};
        assertThat((byte[]) convert(ByteBuffer.wrap(one), bits, bit64))
                .containsExactly(0x80, 0, 0, 0, 0, 0, 0, 1);
        assertThat(bit12.bitWidth()).isEqualTo(12);
    }

    @Test
    void bitOneIsABooleanWrittenAsANumber() {
        assertThat(convert(true, Schema.OPTIONAL_BOOLEAN_SCHEMA, column("b", "bit"))).isEqualTo(1);
        assertThat(convert(false, Schema.OPTIONAL_BOOLEAN_SCHEMA, column("b", "bit"))).isEqualTo(0);
    }

    @Test
    void geometryBecomesMySqlsInternalFormatWithTheSrid() {
        Schema geometry = SchemaBuilder.struct().name("io.debezium.data.geometry.Geometry")
                .field("wkb", Schema.BYTES_SCHEMA).field("srid", Schema.OPTIONAL_INT32_SCHEMA).optional().build();
        Struct value = new Struct(geometry).put("wkb", new byte[] {1, 2}).put("srid", 4326);
        assertThat((byte[]) convert(value, geometry, column("g", "geometry")))
                .containsExactly(0xE6, 0x10, 0, 0, 1, 2);
        Struct noSrid = new Struct(geometry).put("wkb", new byte[] {7});
        assertThat((byte[]) convert(noSrid, geometry, column("g", "point"))).containsExactly(0, 0, 0, 0, 7);
    }

    @Test
    void bytesFromABufferAreCopiedWithoutDisturbingIt() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {0, 1, 0});
        assertThat((byte[]) convert(buffer, Schema.OPTIONAL_BYTES_SCHEMA, column("b", "varbinary")))
                .containsExactly(0, 1, 0);
        assertThat(buffer.remaining()).isEqualTo(3);
    }

    @Test
    void stringsAndNamedStringsPassAsIs() {
        assertThat(convert("{\"a\": 1}", named(Schema.Type.STRING, "io.debezium.data.Json"), column("j", "json")))
                .isEqualTo("{\"a\": 1}");
        assertThat(convert("x,z", named(Schema.Type.STRING, "io.debezium.data.EnumSet"), column("s", "set")))
                .isEqualTo("x,z");
        assertThat(convert("😀", Schema.OPTIONAL_STRING_SCHEMA, column("s", "varchar"))).isEqualTo("😀");
    }

    @Test
    void containerTypesAreRefusedWithTheColumnName() {
        Schema array = SchemaBuilder.array(Schema.INT32_SCHEMA).optional().build();
        assertThatThrownBy(() -> convert(java.util.List.of(1), array, column("arr", "text")))
                .isInstanceOf(DataException.class).hasMessageContaining("arr");
    }
}
