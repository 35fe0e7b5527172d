package io.dtle.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
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
import org.apache.kafka.connect.json.DecimalFormat;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
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
    /** Parses JSON numbers as JsonConverter's deserializer does (leading zeros allowed). */
    private static final JsonFactory PAYLOAD_PARSERS = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS).build();

    private final JsonConverter whole = new JsonConverter();
    private final JsonConverter payloadOnly = new JsonConverter();
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
        payloadReader = new PayloadReader(PAYLOAD_PARSERS, config.replaceNullWithDefault());
        payloadWriter = config.decimalFormat() == DecimalFormat.BASE64
                ? new PayloadWriter(config.replaceNullWithDefault()) : null;
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        if (!config.schemasEnabled() || schema == null) {
            return whole.fromConnectData(topic, schema, value);
        }
        SchemaIdentity key = new SchemaIdentity(schema);
        byte[] schemaBytes = schemaJson.get(key);
        if (schemaBytes == null) {
            return firstOfSchema(topic, schema, value, key);
        }
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
            Schema schema = known != null ? known.schema()
                    : schemas.get(new SchemaBytes(value, spans.schemaFrom(), spans.schemaTo()));
            if (schema == null) {
                return firstOfSchema(topic, value, spans);
            }
            if (known == null) {
                remember(Arrays.copyOfRange(value, spans.schemaFrom(), spans.schemaTo()), schema);
            }
            return new SchemaAndValue(schema, payloadReader.read(schema, value, spans.payloadFrom(),
                    spans.payloadTo()));
        } catch (IOException | RuntimeException e) {
            // JsonConverter reads it as it does (leniently, where the reader is strict) or gives its error
            return whole.toConnectData(topic, value);
        }
    }

    /**
     * The first record of a schema, written by JsonConverter; its schema part is kept. (JsonConverter's own schema
     * methods take and give Jackson types, which need not be the plugin's own Jackson classes.)
     */
    private byte[] firstOfSchema(String topic, Schema schema, Object value, SchemaIdentity key) {
        byte[] message = whole.fromConnectData(topic, schema, value);
        EnvelopeSpans spans = message == null ? null : EnvelopeSpans.find(message);
        if (spans != null) {
            keepAtMost(schemaJson);
            schemaJson.put(key, Arrays.copyOfRange(message, spans.schemaFrom(), spans.schemaTo()));
        }
        return message;
    }

    /** The first message of a schema, read by JsonConverter; its schema is kept under its JSON bytes. */
    private SchemaAndValue firstOfSchema(String topic, byte[] message, EnvelopeSpans spans) {
        SchemaAndValue read = whole.toConnectData(topic, message);
        byte[] json = Arrays.copyOfRange(message, spans.schemaFrom(), spans.schemaTo());
        keepAtMost(schemas);
        schemas.put(new SchemaBytes(json, 0, json.length), read.schema());
        remember(json, read.schema());
        return read;
    }

    private void remember(byte[] json, Schema schema) {
        // a race between threads may drop one; it is found in the map next time
        recent[Math.floorMod(nextRecent++, recent.length)] = new KnownSchema(json, schema);
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
