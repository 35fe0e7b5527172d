package io.dtle.smt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A record the JSON converter wrote, read back: key and value payloads, headers, and a short form for order checks. */
record TopicRecord(JsonNode key, JsonNode value, ConsumerRecord<byte[], byte[]> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<TopicRecord> of(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> new TopicRecord(payload(r.key()), payload(r.value()), r)).toList();
    }

    private static JsonNode payload(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            return node.has("payload") ? node.get("payload") : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isTombstone() {
        return value == null || value.isNull();
    }

    String op() {
        return isTombstone() ? "tombstone" : value.has("op") ? value.get("op").asText()
                : value.has("status") ? value.get("status").asText() : value.has("ddl") ? "ddl" : "?";
    }

    /** Whether this is a row change or tombstone (not a marker or schema change). */
    boolean isRow() {
        return isTombstone() || value.has("op");
    }

    String table() {
        return isTombstone() ? null : value.get("source").get("table").asText();
    }

    String header(String name) {
        Header header = raw.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** e.g. "c:6", "tombstone:2", "BEGIN", "ddl". */
    String shortForm() {
        String op = op();
        return key != null && key.has("id") && !op.equals("BEGIN") && !op.equals("END")
                ? op + ":" + key.get("id").asText() : op;
    }

    /** The value of a column in the before or after image, as text ("null" for NULL). */
    String column(String image, String column) {
        JsonNode row = value.get(image);
        return row == null || row.isNull() ? "-" : row.get(column).asText("null");
    }
}
