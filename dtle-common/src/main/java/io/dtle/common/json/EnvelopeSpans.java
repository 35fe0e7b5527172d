package io.dtle.common.json;

import java.nio.charset.StandardCharsets;

/**
 * Where the schema and the payload sit in JsonConverter's envelope {@code {"schema":{...},"payload":{...}}}, found
 * by scanning the bytes (strings and escapes respected) without parsing them. Only the exact layout JsonConverter
 * writes is recognised, with a JSON object as schema and as payload; anything else is left to JsonConverter.
 */
record EnvelopeSpans(int schemaFrom, int schemaTo, int payloadFrom, int payloadTo) {
    static final byte[] HEAD = "{\"schema\":".getBytes(StandardCharsets.UTF_8);
    static final byte[] MIDDLE = ",\"payload\":".getBytes(StandardCharsets.UTF_8);

    /** The spans (end exclusive) of {@code bytes}, or null if they are not laid out as JsonConverter writes. */
    static EnvelopeSpans find(byte[] bytes) {
        if (!startsWith(bytes, 0, HEAD)) {
            return null;
        }
        int schemaTo = objectEnd(bytes, HEAD.length);
        if (schemaTo < 0 || !startsWith(bytes, schemaTo, MIDDLE)) {
            return null;
        }
        return withPayloadAfter(bytes, schemaTo);
    }

    /** The spans of a message whose schema ends at {@code schemaTo} (before ',"payload":'), or null. */
    static EnvelopeSpans withPayloadAfter(byte[] bytes, int schemaTo) {
        int payloadFrom = schemaTo + MIDDLE.length;
        int payloadTo = objectEnd(bytes, payloadFrom);
        if (payloadTo < 0 || payloadTo != bytes.length - 1 || bytes[payloadTo] != '}') {
            return null;
        }
        return new EnvelopeSpans(HEAD.length, schemaTo, payloadFrom, payloadTo);
    }

    /** The index after the object starting at {@code from}, or -1 if no complete object starts there. */
    private static int objectEnd(byte[] bytes, int from) {
        if (from >= bytes.length || bytes[from] != '{') {
            return -1;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
