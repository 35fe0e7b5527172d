package io.dtle.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.config.OwnConversion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class RecordConversionTest {
    private static final Schema VALUE = SchemaBuilder.struct().name("t.Value")
            .field("id", Schema.INT64_SCHEMA).field("c", Schema.OPTIONAL_STRING_SCHEMA).build();

    private static SourceRecord row(long id) {
        SourceRecord record = new SourceRecord(Map.of("server", "p"), Map.of("pos", id), "p.db.t", null,
                Schema.INT64_SCHEMA, id, VALUE, new Struct(VALUE).put("id", id).put("c", "é" + id), 1234L);
        record.headers().addString("dtle.gtid", "uuid:" + id);
        return record;
    }

    @Test
    void recordsBecomeTheBytesConnectsConverterWritesAndKeepOffsetsHeadersAndBoundaries() {
        List<SourceRecord> boundaries = new ArrayList<>();
        Map<String, Object> settings = Map.of("schemas.enable", "true");
        RecordConversion conversion = new RecordConversion(
                OwnConversion.converter(JsonConverter.class, settings, true),
                OwnConversion.converter(JsonConverter.class, settings, false), boundaries::add);
        SourceRecord first = row(1);
        SourceRecord tombstone = new SourceRecord(Map.of("server", "p"), Map.of("pos", 2L), "p.db.t", null,
                Schema.INT64_SCHEMA, 1L, null, null);
        conversion.commitAfter(tombstone);

        List<SourceRecord> converted = conversion.convert(List.of(first, tombstone));

        JsonConverter connects = new JsonConverter();
        connects.configure(Map.of("schemas.enable", "true", "converter.type", "value"));
        assertThat(new String((byte[]) converted.get(0).value(), StandardCharsets.UTF_8))
                .isEqualTo(new String(connects.fromConnectData("p.db.t", VALUE, first.value()),
                        StandardCharsets.UTF_8));
        assertThat(converted.get(0).valueSchema()).isEqualTo(Schema.OPTIONAL_BYTES_SCHEMA);
        assertThat(converted.get(0).sourceOffset()).isEqualTo(first.sourceOffset());
        assertThat(converted.get(0).timestamp()).isEqualTo(1234L);
        assertThat(converted.get(0).headers().lastWithName("dtle.gtid").value()).isEqualTo("uuid:1");
        assertThat(converted.get(1).value()).as("a tombstone stays a tombstone").isNull();
        assertThat(boundaries).as("the boundary moves to the converted record").singleElement()
                .isSameAs(converted.get(1));
    }
}
