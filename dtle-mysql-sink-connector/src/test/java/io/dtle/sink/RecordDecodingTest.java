package io.dtle.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RecordDecodingTest {
    private static final Schema KEY = SchemaBuilder.struct().name("k").field("id", Schema.INT64_SCHEMA).build();
    private static final Schema VALUE = SchemaBuilder.struct().name("v").field("id", Schema.INT64_SCHEMA)
            .field("note", Schema.OPTIONAL_STRING_SCHEMA).build();

    private static JsonConverter json(boolean isKey) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), isKey);
        return converter;
    }

    /** Records as a ByteArrayConverter hands them to the task: JSON bytes. */
    private static List<SinkRecord> delivered(int count) {
        JsonConverter keys = json(true);
        JsonConverter values = json(false);
        List<SinkRecord> records = new ArrayList<>();
        for (long id = 0; id < count; id++) {
            Struct key = new Struct(KEY).put("id", id);
            Struct value = id % 7 == 0 ? null : new Struct(VALUE).put("id", id).put("note", "row " + id);
            SinkRecord record = new SinkRecord("t", 0, null, keys.fromConnectData("t", KEY, key), null,
                    values.fromConnectData("t", value == null ? null : VALUE, value), id);
            record.headers().addString("dtle.gtid", "g:" + id);
            records.add(record);
        }
        return records;
    }

    @Test
    void aDeliveryIsConvertedInSlicesSideBySideAndKeepsItsOrder() {
        List<SinkRecord> delivered = delivered(1000);
        try (RecordDecoding decoding = new RecordDecoding(JsonConverter.class, Map.of("schemas.enable", "true"), 3,
                "test")) {
            List<SinkRecord> decoded = decoding.decode(delivered);

            JsonConverter values = json(false);
            assertThat(decoded).hasSize(1000);
            for (int i = 0; i < decoded.size(); i++) {
                SinkRecord record = decoded.get(i);
                assertThat(record.kafkaOffset()).isEqualTo(i);
                assertThat(((Struct) record.key()).getInt64("id")).isEqualTo(i);
                assertThat(record.value()).isEqualTo(values.toConnectData("t", (byte[]) delivered.get(i).value())
                        .value());
                assertThat(record.headers().lastWithName("dtle.gtid").value()).isEqualTo("g:" + i);
            }
            assertThat(decoded.get(7).value()).as("a tombstone stays one").isNull();
        }
    }

    @Test
    void aValueThatIsNotBytesNamesTheConverterToSet() {
        SinkRecord record = new SinkRecord("t", 0, null, null, VALUE, new Struct(VALUE).put("id", 1L), 42);
        try (RecordDecoding decoding = new RecordDecoding(JsonConverter.class, Map.of(), 2, "test")) {
            assertThatThrownBy(() -> decoding.decode(List.of(record))).isInstanceOf(DataException.class)
                    .hasMessageContaining("value of t-0@42")
                    .hasMessageContaining("value.converter to org.apache.kafka.connect.converters.ByteArrayConverter");
        }
    }
}
