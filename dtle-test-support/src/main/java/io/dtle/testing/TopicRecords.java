package io.dtle.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** One Kafka record written by the JSON converter, read back: key and value payloads and headers. */
public record TopicRecords(JsonNode key, JsonNode value, ConsumerRecord<byte[], byte[]> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<TopicRecords> of(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> new TopicRecords(payload(r.key()), payload(r.value()), r)).toList();
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

    public boolean isTombstone() {
        return value == null || value.isNull();
    }

    public String op() {
        return isTombstone() ? "tombstone" : value.has("op") ? value.get("op").asText()
                : value.has("status") ? value.get("status").asText() : value.has("ddl") ? "ddl" : "?";
    }

    public String header(String name) {
        Header header = raw.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Whether this is a row change or a tombstone, not a transaction marker or schema change. */
    public boolean isRow() {
        return isTombstone() || value.has("op");
    }

    /** The table of a row change (from its source block); null for a tombstone. */
    public String table() {
        return isTombstone() ? null : value.get("source").get("table").asText();
    }

    /** A column of the {@code before} or {@code after} image as text: "null" for NULL, "-" when there is no image. */
    public String column(String image, String column) {
        JsonNode row = value.get(image);
        return row == null || row.isNull() ? "-" : row.get(column).asText("null");
    }

    /** A short form for order checks: op and key id, e.g. "c:6", "BEGIN", "ddl". */
    public String shortForm() {
        String op = op();
        if (key != null && key.has("id") && !op.equals("BEGIN") && !op.equals("END")) {
            return op + ":" + key.get("id").asText();
        }
        return op;
    }
}
