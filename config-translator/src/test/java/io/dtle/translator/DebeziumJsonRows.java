package io.dtle.translator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtle.testing.LocalMySqlServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Rows of a two-column table (a INT key, b text) from Debezium JSON change events and from MySQL. */
public final class DebeziumJsonRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DebeziumJsonRows() {
    }

    /** Replays change events (snapshot reads, inserts, updates, deletes) into the rows they leave. */
    public static Map<Integer, String> replay(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<Integer, String> rows = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            JsonNode payload = json(record.value()).path("payload");
            switch (payload.path("op").asText()) {
                case "r", "c", "u" -> rows.put(payload.path("after").path("a").asInt(),
                        payload.path("after").path("b").asText());
                case "d" -> rows.remove(payload.path("before").path("a").asInt());
                default -> { }
            }
        }
        return rows;
    }

    public static Map<Integer, String> query(LocalMySqlServer server, String table) {
        Map<Integer, String> rows = new TreeMap<>();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT a, b FROM " + table)) {
            while (result.next()) {
                rows.put(result.getInt(1), result.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table, e);
        }
        return rows;
    }

    public static JsonNode json(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A record value that is not JSON", e);
        }
    }
}
