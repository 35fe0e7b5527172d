package io.dtle.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message written and read here must be what Connect's JsonConverter writes and reads, byte for byte. */
class SchemaCachingJsonConverterTest {
    private static final String TOPIC = "t";

    private static final Schema ROW = SchemaBuilder.struct().name("db.t.Value")
            .field("id", Schema.INT64_SCHEMA)
            .field("tiny", Schema.OPTIONAL_INT8_SCHEMA)
            .field("small", Schema.OPTIONAL_INT16_SCHEMA)
            .field("i", SchemaBuilder.int32().optional().defaultValue(7).build())
            .field("f", Schema.OPTIONAL_FLOAT32_SCHEMA)
            .field("d", Schema.OPTIONAL_FLOAT64_SCHEMA)
            .field("b", Schema.OPTIONAL_BOOLEAN_SCHEMA)
            .field("c", SchemaBuilder.string().optional().doc("a \"quoted\" {doc}").build())
            .field("blob", Schema.OPTIONAL_BYTES_SCHEMA)
            .field("dec", Decimal.builder(30).parameter("connect.decimal.precision", "65").optional().build())
            .field("day", Date.builder().optional().build())
            .field("tod", Time.builder().optional().build())
            .field("ts", Timestamp.builder().optional().build())
            .field("micros", SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").version(1).optional()
                    .build())
            .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).optional().build())
            .field("attrs", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_INT32_SCHEMA).optional().build())
            .field("pairs", SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.STRING_SCHEMA).optional().build())
            .optional()
            .build();
    private static final Schema SOURCE = SchemaBuilder.struct().name("io.debezium.connector.mysql.Source")
            .field("file", Schema.STRING_SCHEMA)
            .field("pos", Schema.INT64_SCHEMA)
            .field("gtid", Schema.OPTIONAL_STRING_SCHEMA)
            .field("snapshot", SchemaBuilder.string().optional().name("io.debezium.data.Enum").version(1)
                    .parameter("allowed", "true,first,last,false").defaultValue("false").build())
            .build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name("db.t.Envelope").version(2)
            .field("before", ROW)
            .field("after", ROW)
            .field("source", SOURCE)
            .field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA)
            .build();
    private static final Schema KEY = SchemaBuilder.struct().name("db.t.Key").field("id", Schema.INT64_SCHEMA)
            .build();

    @Test
    void writesAndReadsChangeEventsAsJsonConverterDoes() {
        List<Object[]> messages = changeEvents();
        messages.add(new Object[] {ENVELOPE, null});
        messages.add(new Object[] {null, null});
        messages.add(new Object[] {null, Map.of("schemaless", List.of(1, 2))});
        messages.add(new Object[] {Schema.STRING_SCHEMA, "a primitive {\"value\"}"});
        messages.add(new Object[] {ROW, null});
        for (Map<String, Object> settings : List.of(Map.<String, Object>of(),
                Map.<String, Object>of(JsonConverterConfig.DECIMAL_FORMAT_CONFIG, "NUMERIC"),
                Map.<String, Object>of(JsonConverterConfig.REPLACE_NULL_WITH_DEFAULT_CONFIG, false),
                Map.<String, Object>of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, false))) {
            assertSameAsJsonConverter(settings, messages);
        }
    }

    /** Inserts, updates and deletes with their keys, every column type, nulls and defaults among them. */
    private static List<Object[]> changeEvents() {
        Random random = new Random(42);
        List<Object[]> messages = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Struct before = i % 3 == 0 ? null : row(random, i);
            Struct after = i % 3 == 2 ? null : row(random, i);
            Struct value = new Struct(ENVELOPE).put("before", before).put("after", after)
                    .put("source", source(i)).put("op", after == null ? "d" : before == null ? "c" : "u")
                    .put("ts_ms", i % 5 == 0 ? null : 1_700_000_000_000L + i);
            messages.add(new Object[] {ENVELOPE, value});
            messages.add(new Object[] {KEY, new Struct(KEY).put("id", (long) i)});
        }
        return messages;
    }

    @Test
    void thePayloadWriterWritesWhatJsonConverterWritesOrLeavesTheRecordToIt() throws IOException {
        JsonConverter payloadOnly = jsonConverter(Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, false));
        PayloadWriter writer = new PayloadWriter(true);
        int written = 0;
        List<Object[]> messages = changeEvents();
        for (Object[] message : messages) {
            Schema schema = (Schema) message[0];
            byte[] expected = payloadOnly.fromConnectData(TOPIC, schema, message[1]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                writer.write(schema, message[1], out);
            } catch (DataException e) {
                continue;
            }
            assertThat(out.toByteArray()).as("%s", message[1]).isEqualTo(expected);
            written++;
        }
        assertThat(written).as("payloads the writer wrote itself").isGreaterThan(messages.size() * 3 / 4);
    }

    @Test
    void thePayloadReaderReadsWhatJsonConverterReadsOrLeavesTheMessageToIt() throws IOException {
        JsonConverter jsonConverter = jsonConverter(Map.of());
        PayloadReader reader = new PayloadReader(new com.fasterxml.jackson.core.JsonFactory(), true);
        int read = 0;
        List<Object[]> messages = changeEvents();
        for (Object[] message : messages) {
            byte[] bytes = jsonConverter.fromConnectData(TOPIC, (Schema) message[0], message[1]);
            SchemaAndValue expected = jsonConverter.toConnectData(TOPIC, bytes);
            EnvelopeSpans spans = EnvelopeSpans.find(bytes);
            Object value;
            try {
                value = reader.read(expected.schema(), bytes, spans.payloadFrom(), spans.payloadTo());
            } catch (DataException e) {
                continue;
            }
            assertThat(value).as("%s", message[1]).isEqualTo(expected.value());
            read++;
        }
        assertThat(read).as("payloads the reader read itself").isGreaterThan(messages.size() * 3 / 4);
    }

    @Test
    void aCacheSmallerThanTheSchemasInUseStillWritesAndReadsEveryMessage() {
        List<Object[]> messages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Schema schema = SchemaBuilder.struct().name("db.t" + (i % 7) + ".Key").field("id", Schema.INT32_SCHEMA)
                    .build();
            messages.add(new Object[] {schema, new Struct(schema).put("id", i)});
        }
        assertSameAsJsonConverter(Map.of(JsonConverterConfig.SCHEMAS_CACHE_SIZE_CONFIG, 3), messages);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"schema\":{\"type\":\"int32\",\"optional\":false},\"payload\":\"x\"}",
        "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int32\",\"optional\":false,\"field\":\"a\"}],"
                + "\"optional\":false},\"payload\":{\"a\":\"x\"}}",
        "{\"schema\":{\"type\":\"struct\",\"fields\":[],\"optional\":false},\"payload\":{},\"extra\":1}",
        "{\"schema\":{\"type\":\"struct\",\"fields\":[],\"optional\":false},\"payload\":{}",
        "{\"schema\":{\"type\":\"struct\",\"fields\":[],\"optional\":false},\"payload\":{]}",
        "{\"schema\":{\"type\":\"nope\"},\"payload\":{}}",
        "{\"payload\":{},\"schema\":{\"type\":\"struct\",\"fields\":[],\"optional\":false}}",
        "not json"
    })
    void refusesWhatJsonConverterRefusesWithItsError(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        Throwable expected = catchThrowable(() -> jsonConverter(Map.of()).toConnectData(TOPIC, bytes));
        SchemaCachingJsonConverter converter = converter(Map.of());
        if (expected == null) {
            assertThat(converter.toConnectData(TOPIC, bytes))
                    .isEqualTo(jsonConverter(Map.of()).toConnectData(TOPIC, bytes));
        } else {
            assertThatThrownBy(() -> converter.toConnectData(TOPIC, bytes))
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        }
    }

    @Test
    void readsMessagesWrittenWithSpacesAsJsonConverterDoes() {
        byte[] bytes = "{ \"schema\" : {\"type\":\"string\",\"optional\":false}, \"payload\" : \"x\" }"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(converter(Map.of()).toConnectData(TOPIC, bytes))
                .isEqualTo(jsonConverter(Map.of()).toConnectData(TOPIC, bytes));
    }

    private static void assertSameAsJsonConverter(Map<String, Object> settings, List<Object[]> messages) {
        for (boolean isKey : new boolean[] {true, false}) {
            JsonConverter expected = jsonConverter(settings, isKey);
            SchemaCachingJsonConverter converter = converter(settings, isKey);
            for (int pass = 0; pass < 2; pass++) {
                for (Object[] message : messages) {
                    Schema schema = (Schema) message[0];
                    Throwable refused = catchThrowable(() -> expected.fromConnectData(TOPIC, schema, message[1]));
                    if (refused != null) {
                        assertThatThrownBy(() -> converter.fromConnectData(TOPIC, schema, message[1]))
                                .isInstanceOf(refused.getClass()).hasMessage(refused.getMessage());
                        continue;
                    }
                    byte[] bytes = expected.fromConnectData(TOPIC, schema, message[1]);
                    assertThat(converter.fromConnectData(TOPIC, schema, message[1]))
                            .as("%s written with %s", message[1], settings).isEqualTo(bytes);
                    for (int read = 0; read < 2; read++) {   // the second read finds the schema read last
                        assertThat(converter.toConnectData(TOPIC, bytes))
                                .as("%s read with %s", message[1], settings)
                                .isEqualTo(expected.toConnectData(TOPIC, bytes));
                    }
                }
            }
        }
    }

    private static Struct row(Random random, int i) {
        Struct row = new Struct(ROW).put("id", (long) i);
        if (random.nextBoolean()) {
            row.put("tiny", (byte) random.nextInt()).put("small", (short) random.nextInt())
                    .put("f", random.nextFloat()).put("d", random.nextDouble() * 1e300)
                    .put("b", random.nextBoolean())
                    .put("c", "emoji \uD83D\uDE00 \"q\" \\ {not: a brace} [" + i + "] \u0001 中文")
                    .put("blob", new byte[] {(byte) i, 0, -1, '"', '{'})
                    .put("dec", new BigDecimal("-12345678901234567890.123456789012345678901234567890"))
                    .put("day", new java.util.Date(86_400_000L * i))
                    .put("tod", new java.util.Date(1000L * i))
                    .put("ts", new java.util.Date(1_700_000_000_123L + i))
                    .put("micros", 1_700_000_000_123_456L + i)
                    .put("tags", List.of("a", "}", "\"]"))
                    .put("attrs", new HashMap<>(Map.of("k", i)))
                    // JsonConverter writes it as [[key, value]]: PayloadWriter leaves such records to JsonConverter
                    .put("pairs", i % 4 == 0 ? new HashMap<>(Map.of(i, "v")) : null);
        } else if (random.nextBoolean()) {
            row.put("i", null);
        }
        return row;
    }

    private static Struct source(int i) {
        Struct source = new Struct(SOURCE).put("file", "binlog.000001").put("pos", 4L + i);
        return i % 2 == 0 ? source.put("gtid", "3e11fa47-71ca-11e1-9e33-c80aa9429562:" + i) : source;
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static SchemaCachingJsonConverter converter(Map<String, Object> settings) {
        return converter(settings, false);
    }

    private static SchemaCachingJsonConverter converter(Map<String, Object> settings, boolean isKey) {
        return configured(new SchemaCachingJsonConverter(), settings, isKey);
    }

    private static JsonConverter jsonConverter(Map<String, Object> settings) {
        return jsonConverter(settings, false);
    }

    private static JsonConverter jsonConverter(Map<String, Object> settings, boolean isKey) {
        return configured(new JsonConverter(), settings, isKey);
    }

    private static <C extends Converter> C configured(C converter, Map<String, Object> settings, boolean isKey) {
        converter.configure(settings, isKey);
        return converter;
    }
}
