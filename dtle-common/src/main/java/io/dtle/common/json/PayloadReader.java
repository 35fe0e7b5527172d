package io.dtle.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Reads a payload from JSON text into Connect data as JsonConverter reads it from its tree of nodes (parsed with
 * exact decimals), without building the tree. It takes only the JSON each schema type is written as; JsonConverter
 * also reads some other JSON leniently (a string where a number belongs reads as 0), so anything else throws and
 * the caller leaves that message to JsonConverter, which gives its own result or error.
 */
final class PayloadReader {
    private final JsonFactory factory;
    private final boolean replaceNullWithDefault;

    PayloadReader(JsonFactory factory, boolean replaceNullWithDefault) {
        this.factory = factory;
        this.replaceNullWithDefault = replaceNullWithDefault;
    }

    /** The value of {@code schema} in {@code bytes[from, to)}, which must hold one JSON value and nothing else. */
    Object read(Schema schema, byte[] bytes, int from, int to) throws IOException {
        try (JsonParser in = factory.createParser(bytes, from, to - from)) {
            in.nextToken();
            Object value = read(in, schema);
            if (in.nextToken() != null) {
                throw new DataException("more than one JSON value");
            }
            return value;
        }
    }

    private Object read(JsonParser in, Schema schema) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return absent(schema);
        }
        if (schema.name() != null) {
            switch (schema.name()) {
                case Decimal.LOGICAL_NAME:
                    return token == JsonToken.VALUE_STRING ? Decimal.toLogical(schema, in.getBinaryValue())
                            : decimal(in, token);
                case Date.LOGICAL_NAME:
                    return Date.toLogical(schema, intOnly(in, token));
                case Time.LOGICAL_NAME:
                    return Time.toLogical(schema, intOnly(in, token));
                case Timestamp.LOGICAL_NAME:
                    return Timestamp.toLogical(schema, longValue(in, token));
                default:
                    break;
            }
        }
        return switch (schema.type()) {
            case INT8 -> (byte) intValue(in, token);
            case INT16 -> (short) intValue(in, token);
            case INT32 -> intValue(in, token);
            case INT64 -> longValue(in, token);
            case FLOAT32 -> decimal(in, token).floatValue();
            case FLOAT64 -> decimal(in, token).doubleValue();
            case BOOLEAN -> booleanValue(token);
            case STRING -> {
                expect(token, JsonToken.VALUE_STRING);
                yield in.getText();
            }
            case BYTES -> {
                expect(token, JsonToken.VALUE_STRING);
                yield in.getBinaryValue();
            }
            case ARRAY -> array(in, schema, token);
            case MAP -> map(in, schema, token);
            case STRUCT -> struct(in, schema, token);
        };
    }

    /** JSON null or a missing field: the default, null if optional, else JsonConverter's error. */
    private Object absent(Schema schema) {
        if (schema.defaultValue() != null && replaceNullWithDefault) {
            return schema.defaultValue();
        }
        if (schema.isOptional()) {
            return null;
        }
        throw new DataException("Invalid null value for required " + schema.type() + " field");
    }

    private Struct struct(JsonParser in, Schema schema, JsonToken token) throws IOException {
        expect(token, JsonToken.START_OBJECT);
        List<Field> fields = schema.fields();
        Object[] values = new Object[fields.size()];
        boolean[] present = new boolean[fields.size()];
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            Field field = schema.field(in.currentName());
            in.nextToken();
            if (field == null) {
                in.skipChildren();
            } else {
                values[field.index()] = read(in, field.schema());
                present[field.index()] = true;
            }
        }
        Struct struct = new Struct(schema.schema());
        for (Field field : fields) {
            struct.put(field, present[field.index()] ? values[field.index()] : absent(field.schema()));
        }
        return struct;
    }

    private List<Object> array(JsonParser in, Schema schema, JsonToken token) throws IOException {
        expect(token, JsonToken.START_ARRAY);
        List<Object> list = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            list.add(read(in, schema.valueSchema()));
        }
        return list;
    }

    private Map<Object, Object> map(JsonParser in, Schema schema, JsonToken token) throws IOException {
        if (schema.keySchema().type() != Schema.Type.STRING) {
            throw new DataException("a map with non-string keys is read by JsonConverter");
        }
        expect(token, JsonToken.START_OBJECT);
        Map<Object, Object> map = new HashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String key = in.currentName();
            in.nextToken();
            map.put(key, read(in, schema.valueSchema()));
        }
        return map;
    }

    private static int intValue(JsonParser in, JsonToken token) throws IOException {
        expect(token, JsonToken.VALUE_NUMBER_INT);
        return in.getIntValue();
    }

    /** Connect's Date and Time read only JSON numbers in int's range. */
    private static int intOnly(JsonParser in, JsonToken token) throws IOException {
        expect(token, JsonToken.VALUE_NUMBER_INT);
        if (in.getNumberType() != JsonParser.NumberType.INT) {
            throw new DataException("not an int");
        }
        return in.getIntValue();
    }

    private static long longValue(JsonParser in, JsonToken token) throws IOException {
        expect(token, JsonToken.VALUE_NUMBER_INT);
        return in.getLongValue();
    }

    /** A JSON number as the exact decimal the tree holds (an integer's has scale 0). */
    private static BigDecimal decimal(JsonParser in, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return in.getDecimalValue();
        }
        expect(token, JsonToken.VALUE_NUMBER_INT);
        return switch (in.getNumberType()) {
            case INT -> BigDecimal.valueOf(in.getIntValue());
            case LONG -> BigDecimal.valueOf(in.getLongValue());
            default -> new BigDecimal(in.getBigIntegerValue());
        };
    }

    private static boolean booleanValue(JsonToken token) {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        throw new DataException("not a JSON boolean");
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new DataException("expected " + expected + ", found " + token);
        }
    }
}
