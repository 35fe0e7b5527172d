package io.dtle.common.json;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dtle.common.Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.DecimalFormat;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.json.JsonSerializer;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;

/**
 * Kafka Connect's JsonConverter, byte for byte, with the schema part of the envelope written and read once per
 * schema instead of once per record. With {@code schemas.enable=true} (the default) the schema is most of every
 * message (about three quarters of a Debezium change event) and JsonConverter serialises it again, and parses and
 * hashes it again, for each record; here a schema's JSON bytes are cached on the way out, and the schema bytes of
 * a message are looked up byte for byte on the way in, so only the payload is written or parsed.
 *
 * <p>Payloads are written straight to JSON text by {@link PayloadWriter} and read straight from it by
 * {@link PayloadReader}, with neither JsonConverter's tree of nodes nor its second pass over it; whatever either
 * does not take exactly as JsonConverter (decimal.format=NUMERIC on the way out, JSON that JsonConverter reads
 * leniently, any message not laid out as JsonConverter writes it) goes through JsonConverter, errors included.
 * Settings are JsonConverter's; with {@code schemas.enable=false} it is JsonConverter.
 */
public final class SchemaCachingJsonConverter implements Converter, Versioned {
    private static final byte[] HEAD = EnvelopeSpans.HEAD;
    private static final byte[] MIDDLE = EnvelopeSpans.MIDDLE;
    /** Parses JSON as JsonConverter's deserializer does: exact decimals, leading zeros allowed. */
    private static final ObjectMapper SCHEMA_READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final JsonConverter whole = new JsonConverter();
    private final JsonConverter payloadOnly = new JsonConverter();
    private final JsonSerializer serializer = new JsonSerializer();
    private final Map<SchemaIdentity, byte[]> schemaJson = new ConcurrentHashMap<>();
    private final Map<SchemaBytes, Schema> schemas = new ConcurrentHashMap<>();
    /** Schemas of recent messages, found without a scan: a transaction's BEGIN, rows and END take turns. */
    private final KnownSchema[] recent = new KnownSchema[4];
    private int nextRecent;
    private JsonConverterConfig config;
    private PayloadWriter payloadWriter;
    private PayloadReader payloadReader;
    private int cacheSize;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return JsonConverterConfig.configDef();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> settings = new HashMap<>(configs);
        settings.put(ConverterConfig.TYPE_CONFIG, (isKey ? ConverterType.KEY : ConverterType.VALUE).getName());
        config = new JsonConverterConfig(settings);
        cacheSize = config.schemaCacheSize();
        whole.configure(settings);
        settings.put(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, false);
        payloadOnly.configure(settings);
        payloadReader = new PayloadReader(SCHEMA_READER.getFactory(), config.replaceNullWithDefault());
        payloadWriter = config.decimalFormat() == DecimalFormat.BASE64
                ? new PayloadWriter(config.replaceNullWithDefault()) : null;
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        if (!config.schemasEnabled() || schema == null) {
            return whole.fromConnectData(topic, schema, value);
        }
        byte[] schemaBytes = schemaJson(topic, schema);
        if (payloadWriter != null) {
            ByteArrayOutputStream message = new ByteArrayOutputStream(schemaBytes.length + 1024);
            message.writeBytes(HEAD);
            message.writeBytes(schemaBytes);
            message.writeBytes(MIDDLE);
            try {
                payloadWriter.write(schema, value, message);
                message.write('}');
                return message.toByteArray();
            } catch (IOException | RuntimeException e) {
                // not a payload the writer writes as JsonConverter does: JsonConverter writes it (or refuses it)
            }
        }
        byte[] payload = payloadOnly.fromConnectData(topic, schema, value);
        if (payload == null) {
            return whole.fromConnectData(topic, schema, value);
        }
        byte[] message = new byte[HEAD.length + schemaBytes.length + MIDDLE.length + payload.length + 1];
        int at = copy(HEAD, message, 0);
        at = copy(schemaBytes, message, at);
        at = copy(MIDDLE, message, at);
        at = copy(payload, message, at);
        message[at] = '}';
        return message;
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        if (value == null || !config.schemasEnabled()) {
            return whole.toConnectData(topic, value);
        }
        KnownSchema known = null;
        EnvelopeSpans spans = null;
        for (int i = 0; i < recent.length && spans == null; i++) {
            known = recent[i];
            spans = known == null ? null : known.spansIn(value);
        }
        if (spans == null) {
            known = null;
            spans = EnvelopeSpans.find(value);
        }
        if (spans == null) {
            return whole.toConnectData(topic, value);
        }
        try {
            Schema schema = known != null ? known.schema() : schema(topic, value, spans);
            return new SchemaAndValue(schema, payloadReader.read(schema, value, spans.payloadFrom(),
                    spans.payloadTo()));
        } catch (IOException | RuntimeException e) {
            // JsonConverter reads it as it does (leniently, where the reader is strict) or gives its error
            return whole.toConnectData(topic, value);
        }
    }

    private byte[] schemaJson(String topic, Schema schema) {
        SchemaIdentity key = new SchemaIdentity(schema);
        byte[] bytes = schemaJson.get(key);
        if (bytes == null) {
            bytes = serializer.serialize(topic, whole.asJsonSchema(schema));
            keepAtMost(schemaJson);
            schemaJson.put(key, bytes);
        }
        return bytes;
    }

    private Schema schema(String topic, byte[] message, EnvelopeSpans spans) {
        Schema schema = schemas.get(new SchemaBytes(message, spans.schemaFrom(), spans.schemaTo()));
        if (schema == null) {
            byte[] bytes = Arrays.copyOfRange(message, spans.schemaFrom(), spans.schemaTo());
            schema = whole.asConnectSchema(readSchema(bytes));
            keepAtMost(schemas);
            schemas.put(new SchemaBytes(bytes, 0, bytes.length), schema);
        }
        // a race between threads may drop one; it is found in the map next time
        recent[Math.floorMod(nextRecent++, recent.length)] = new KnownSchema(
                Arrays.copyOfRange(message, spans.schemaFrom(), spans.schemaTo()), schema);
        return schema;
    }

    private static JsonNode readSchema(byte[] json) {
        try {
            return SCHEMA_READER.readTree(json);
        } catch (IOException e) {
            throw new DataException("Converting byte[] to Kafka Connect data failed due to serialization error: ", e);
        }
    }

    /** Bounded as JsonConverter's caches (schemas.cache.size); a job has a few schemas per table, so rarely hit. */
    private void keepAtMost(Map<?, ?> cache) {
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    /** A schema object as a cache key: records of a table share their schema objects, equal ones are rarely apart. */
    private record SchemaIdentity(Schema schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaIdentity that && that.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    /** The schema of a message read recently, with its JSON bytes to recognise it in the next messages. */
    private record KnownSchema(byte[] json, Schema schema) {
        /** The message's spans if its schema is this one, else null. */
        EnvelopeSpans spansIn(byte[] message) {
            int schemaTo = HEAD.length + json.length;
            if (!EnvelopeSpans.startsWith(message, 0, HEAD)
                    || !Arrays.equals(message, HEAD.length, Math.min(schemaTo, message.length), json, 0, json.length)
                    || !EnvelopeSpans.startsWith(message, schemaTo, MIDDLE)) {
                return null;
            }
            return EnvelopeSpans.withPayloadAfter(message, schemaTo);
        }
    }

    /** A schema's JSON bytes, a range of a message, as a cache key compared byte for byte. */
    private static final class SchemaBytes {
        private final byte[] bytes;
        private final int from;
        private final int to;
        private final int hash;

        SchemaBytes(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            // a sample of the bytes spreads schemas well enough; equals compares them all
            int h = to - from;
            for (int i = from; i < to; i += 1 + (to - from) / 64) {
                h = 31 * h + bytes[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaBytes that && that.hash == hash
                    && Arrays.equals(bytes, from, to, that.bytes, that.from, that.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
