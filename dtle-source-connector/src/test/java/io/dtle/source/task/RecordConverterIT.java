package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * record.converter (docs/SOURCE.md, "Threads and memory"): the connector converting records itself puts on the
 * topics what Connect's JsonConverter puts there, record for record, through the snapshot and the binlog; and so
 * does SchemaCachingJsonConverter, as Connect's converter and as the connector's own.
 */
class RecordConverterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TIMES = List.of("ts_ms", "ts_us", "ts_ns");
    private static final String BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    private static final String SCHEMA_CACHING_JSON = "io.dtle.common.json.SchemaCachingJsonConverter";
    /** Connector name (and topic prefix) to its converter settings; each is compared with "plainjson". */
    private static final Map<String, Map<String, String>> CONVERTERS = Map.of(
            "ownjson", Map.of("record.converter", JSON_CONVERTER, "key.converter", BYTES, "value.converter", BYTES),
            "cachedjson", Map.of("key.converter", SCHEMA_CACHING_JSON, "value.converter", SCHEMA_CACHING_JSON),
            "owncachedjson", Map.of("record.converter", SCHEMA_CACHING_JSON, "key.converter", BYTES,
                    "value.converter", BYTES));

    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void theConnectorsOwnJsonConversionWritesWhatConnectsWrites() {
        mysql.execute("CREATE DATABASE rc", "CREATE TABLE rc.t (id BIGINT PRIMARY KEY, name VARCHAR(40), "
                        + "amount DECIMAL(12,3), at DATETIME(6), doc JSON, raw VARBINARY(16), flags SET('a','b'))",
                "INSERT INTO rc.t VALUES (1, 'snapshot 😀', 12.5, '2024-02-29 10:11:12.5', '{\"k\": [1, 2]}', "
                        + "X'00FF', 'a,b'), (2, NULL, NULL, NULL, NULL, NULL, '')");
        connect.createConnector("plainjson", SourceConfigs.of(mysql, "plainjson", "rc"));
        CONVERTERS.forEach((name, converters) -> {
            Map<String, String> config = SourceConfigs.of(mysql, name, "rc");
            config.putAll(converters);
            connect.createConnector(name, config);
        });
        connect.awaitRunning("plainjson", 1);
        CONVERTERS.keySet().forEach(name -> connect.awaitRunning(name, 1));
        mysql.execute("INSERT INTO rc.t VALUES (3, 'stream', -1.001, '1999-12-31 23:59:59', '[]', X'01', 'b')",
                "UPDATE rc.t SET name = 'changed', amount = 7 WHERE id = 1", "UPDATE rc.t SET id = 4 WHERE id = 2",
                "DELETE FROM rc.t WHERE id = 3", "ALTER TABLE rc.t ADD COLUMN extra INT DEFAULT 5",
                "INSERT INTO rc.t (id, name) VALUES (5, 'after alter')");

        // r r, c, u, d+tombstone+c (key change), d+tombstone, c
        List<ConsumerRecord<byte[], byte[]>> expected = connect.awaitRecords("plainjson.rc.t", 10);
        for (String name : CONVERTERS.keySet()) {
            List<ConsumerRecord<byte[], byte[]>> actual = connect.awaitRecords(name + ".rc.t", 10);
            assertThat(actual).as(name).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(normalized(name, actual.get(i).key())).as(name + " key " + i)
                        .isEqualTo(normalized("plainjson", expected.get(i).key()));
                assertThat(normalized(name, actual.get(i).value())).as(name + " value " + i)
                        .isEqualTo(normalized("plainjson", expected.get(i).value()));
                assertThat(actual.get(i).headers().toArray()).as(name + " headers " + i)
                        .hasSameSizeAs(expected.get(i).headers().toArray());
            }
            // Both had every DDL record before the last row's.
            assertThat(connect.readAll(name).stream().map(r -> normalized(name, r.value())))
                    .as(name + "'s schema change topic").isNotEmpty()
                    .containsExactlyElementsOf(connect.readAll("plainjson").stream()
                            .map(r -> normalized("plainjson", r.value())).toList());
        }
    }

    /** The JSON with the connector's name and the times of processing and of snapshot reads taken out. */
    private static String normalized(String connector, byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(new String(json, StandardCharsets.UTF_8).replace(connector, "CONNECTOR"));
            if (node.path("payload") instanceof ObjectNode payload) {
                payload.remove(TIMES);
                // A snapshot's records carry the time they were read, not a binlog time.
                if (payload.path("source") instanceof ObjectNode source
                        && !source.path("snapshot").asText("false").equals("false")) {
                    source.remove(TIMES);
                }
            }
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
