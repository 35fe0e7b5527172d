package io.dtle.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.json.JsonDeserializer;

/**
 * The two private parts of JsonConverter that reading a payload without its schema needs: its JSON parser (set up
 * with exact decimals and Jackson features of its own) and its conversion of a parsed payload to Connect data. Both
 * are reached by reflection, so reading gives exactly what JsonConverter gives; on a Kafka version without them
 * {@link #available()} is false and every message is read by JsonConverter as a whole.
 */
final class JsonConverterInternals {
    private static final Field DESERIALIZER = field("deserializer");
    private static final Method TO_CONNECT = method();

    private JsonConverterInternals() {
    }

    static boolean available() {
        return DESERIALIZER != null && TO_CONNECT != null;
    }

    /** The parser {@code converter} reads messages with. */
    static JsonDeserializer deserializer(JsonConverter converter) {
        try {
            return (JsonDeserializer) DESERIALIZER.get(converter);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JsonConverter's conversion of a payload read with {@code schema}; a payload it refuses throws. */
    static Object toConnect(Schema schema, JsonNode payload, JsonConverterConfig config) {
        try {
            return TO_CONNECT.invoke(null, schema, payload, config);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new DataException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String name) {
        try {
            Field field = JsonConverter.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.getType() == JsonDeserializer.class ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Method method() {
        try {
            Method method = JsonConverter.class.getDeclaredMethod("convertToConnect", Schema.class, JsonNode.class,
                    JsonConverterConfig.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
