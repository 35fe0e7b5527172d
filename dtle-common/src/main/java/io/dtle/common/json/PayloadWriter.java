package io.dtle.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Collection;
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
 * Writes a payload straight to JSON text as JsonConverter writes it (its tree of JSON nodes, serialised), without
 * building the tree: the same generator calls for the same values, with decimals as base64 (JsonConverter's
 * default decimal.format). Anything it does not write as JsonConverter would (a map with non-string keys, a value
 * of the wrong class, a required value missing) throws, and the caller leaves that record to JsonConverter.
 */
final class PayloadWriter {
    private final JsonFactory factory = new JsonFactory();
    private final boolean replaceNullWithDefault;

    PayloadWriter(boolean replaceNullWithDefault) {
        this.replaceNullWithDefault = replaceNullWithDefault;
    }

    void write(Schema schema, Object value, OutputStream out) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out)) {
            write(generator, schema, value);
        }
    }

    private void write(JsonGenerator out, Schema schema, Object value) throws IOException {
        if (value == null) {
            if (schema.defaultValue() != null && replaceNullWithDefault) {
                write(out, schema, schema.defaultValue());
            } else if (schema.isOptional()) {
                out.writeNull();
            } else {
                throw new DataException("a required value is missing");
            }
            return;
        }
        if (schema.name() != null && writeLogical(out, schema, value)) {
            return;
        }
        switch (schema.type()) {
            case INT8 -> out.writeNumber(((Byte) value).intValue());
            case INT16 -> out.writeNumber((Short) value);
            case INT32 -> out.writeNumber((Integer) value);
            case INT64 -> out.writeNumber((Long) value);
            case FLOAT32 -> out.writeNumber((Float) value);
            case FLOAT64 -> out.writeNumber((Double) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case STRING -> out.writeString(((CharSequence) value).toString());
            case BYTES -> out.writeBinary(value instanceof ByteBuffer buffer ? buffer.array() : (byte[]) value);
            case ARRAY -> {
                out.writeStartArray();
                for (Object element : (Collection<?>) value) {
                    write(out, schema.valueSchema(), element);
                }
                out.writeEndArray();
            }
            case MAP -> writeMap(out, schema, (Map<?, ?>) value);
            case STRUCT -> writeStruct(out, schema, (Struct) value);
            default -> throw new DataException("not written here: " + schema.type());
        }
    }

    /** Connect's logical types, as JsonConverter's logical converters turn them into JSON; false for other names. */
    private static boolean writeLogical(JsonGenerator out, Schema schema, Object value) throws IOException {
        switch (schema.name()) {
            case Decimal.LOGICAL_NAME -> out.writeBinary(Decimal.fromLogical(schema, (BigDecimal) value));
            case Date.LOGICAL_NAME -> out.writeNumber(Date.fromLogical(schema, (java.util.Date) value));
            case Time.LOGICAL_NAME -> out.writeNumber(Time.fromLogical(schema, (java.util.Date) value));
            case Timestamp.LOGICAL_NAME -> out.writeNumber(Timestamp.fromLogical(schema, (java.util.Date) value));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void writeMap(JsonGenerator out, Schema schema, Map<?, ?> map) throws IOException {
        if (schema.keySchema().type() != Schema.Type.STRING) {
            throw new DataException("a map with non-string keys is written as pairs by JsonConverter");
        }
        out.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.writeFieldName((String) entry.getKey());
            write(out, schema.valueSchema(), entry.getValue());
        }
        out.writeEndObject();
    }

    private void writeStruct(JsonGenerator out, Schema schema, Struct struct) throws IOException {
        if (struct.schema() != schema && !struct.schema().equals(schema)) {
            throw new DataException("Mismatching schema.");
        }
        out.writeStartObject();
        for (Field field : schema.fields()) {
            out.writeFieldName(field.name());
            write(out, field.schema(), struct.getWithoutDefault(field.name()));
        }
        out.writeEndObject();
    }
}
