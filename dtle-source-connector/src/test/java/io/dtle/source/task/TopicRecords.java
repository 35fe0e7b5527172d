package io.dtle.source.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** One Kafka record written by the JSON converter, read back: key and value payloads and headers. */
record TopicRecords(JsonNode key, JsonNode value, ConsumerRecord<byte[], byte[]> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<TopicRecords> of(List<ConsumerRecord<byte[], byte[]>> records) {
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

    boolean isTombstone() {
        return value == null || value.isNull();
    }

    String op() {
        return isTombstone() ? "tombstone" : value.has("op") ? value.get("op").asText()
                : value.has("status") ? value.get("status").asText() : value.has("ddl") ? "ddl" : "?";
    }

    String header(String name) {
        Header header = raw.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A short form for order checks: op and key id, e.g. "c:6", "BEGIN", "ddl". */
    String shortForm() {
        String op = op();
        if (key != null && key.has("id") && !op.equals("BEGIN") && !op.equals("END")) {
            return op + ":" + key.get("id").asText();
        }
        return op;
    }
}
