package io.dtle.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import io.dtle.testing.TableComparer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Connect worker whose plugin.path is the unzipped archive runs the jobs: the plugin classes are not on this
 * JVM's class path (Failsafe leaves them out, see the pom), so they can only come from the archive, through
 * Connect's plugin class loader.
 */
class PluginPathIT {
    private static final String SINK_CLASS = "io.dtle.sink.DtleMySqlSinkConnector";
    private static final String SCHEMA_CACHING_JSON = "io.dtle.common.json.SchemaCachingJsonConverter";
    private static final String BYTE_ARRAY_CONVERTER = "org.apache.kafka.connect.converters.ByteArrayConverter";

    @TempDir
    static Path pluginPath;
    private static Path plugin;
    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        plugin = PluginArchive.built().unzipInto(pluginPath);
        source = LocalMySqlServer.mysql();
        // service_load: the archive lists its plugins under META-INF/services; the docs recommend it.
        connect = ConnectCluster.builder().name("dtle-plugin-path").workerProperty("plugin.path", pluginPath.toString())
                .workerProperty("plugin.discovery", "service_load").start();
    }

    @Test
    void pluginClassesAreNotOnTheTestClassPath() {
        assertThatThrownBy(() -> Class.forName("io.dtle.source.DtleSourceConnector"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("io.debezium.connector.mysql.MySqlConnector"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void sourceFromThePluginPathCopiesAndStreams() throws IOException {
        source.execute("CREATE DATABASE pp", "CREATE TABLE pp.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20))",
                "INSERT INTO pp.demo_tbl VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        connect.createConnector("pp-source", sourceConfig("pp", "pp"));
        connect.awaitRunning("pp-source", 1);
        connect.awaitRecords("pp.ordered", 3);

        source.execute("INSERT INTO pp.demo_tbl VALUES (4, 'four')", "UPDATE pp.demo_tbl SET b = 'TWO' WHERE a = 2",
                "DELETE FROM pp.demo_tbl WHERE a = 1");
        // Three snapshot rows, then three transactions of BEGIN, one change, END (and a tombstone after the delete).
        connect.awaitRecords("pp.ordered", 3 + 3 * 3);
        Await.until("the delete in pp.ordered", ConnectCluster.DEFAULT_TIMEOUT,
                () -> changes(connect.readAll("pp.ordered")).contains("d:1"));
        assertThat(changes(connect.readAll("pp.ordered"))).containsExactly("r:1", "r:2", "r:3", "c:4", "u:2", "d:1");
        connect.deleteConnector("pp-source");
    }

    @Test
    void oneToOneJobFromThePluginPathReplicatesTheTable() {
        assumeTrue(PluginArchive.libContains(plugin, SINK_CLASS),
                "the archive has no " + SINK_CLASS + " yet (the sink module is not merged)");
        try (LocalMySqlServer target = LocalMySqlServer.mysql()) {
            source.execute("CREATE DATABASE demo", "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20))",
                    "INSERT INTO demo.demo_tbl VALUES (1, 'one'), (2, 'two'), (3, 'three')");
            // JsonConverter's format through the plugin's own converter: Connect's for the source, the sink's own
            Map<String, String> sourceConfig = sourceConfig("demo", "demo");
            sourceConfig.put("key.converter", SCHEMA_CACHING_JSON);
            sourceConfig.put("value.converter", SCHEMA_CACHING_JSON);
            Map<String, String> sinkConfig = sinkConfig(target, "demo.ordered", "demo");
            sinkConfig.put("record.converter", SCHEMA_CACHING_JSON);
            sinkConfig.put("key.converter", BYTE_ARRAY_CONVERTER);
            sinkConfig.put("value.converter", BYTE_ARRAY_CONVERTER);
            connect.createConnector("demo-source", sourceConfig);
            connect.createConnector("demo-sink", sinkConfig);
            connect.awaitRunning("demo-source", 1);
            connect.awaitRunning("demo-sink", 1);
            source.execute("INSERT INTO demo.demo_tbl VALUES (4, 'four')",
                    "UPDATE demo.demo_tbl SET b = 'TWO' WHERE a = 2", "DELETE FROM demo.demo_tbl WHERE a = 1");
            TableComparer comparer = TableComparer.between(source, target).tables("demo.demo_tbl");
            Await.until("demo.demo_tbl on the target to equal the source", ConnectCluster.DEFAULT_TIMEOUT,
                    () -> comparer.compare().equal(), () -> comparer.compare().describe());
            comparer.assertEqual();
            connect.deleteConnector("demo-sink");
            connect.deleteConnector("demo-source");
        }
    }

    private static Map<String, String> sourceConfig(String prefix, String database) {
        Map<String, String> config = SourceConnectorConfigs.of(source, prefix, database);
        config.put("topic.routing", "ordered");
        return config;
    }

    /** The sink's keys as the sink's author gave them (issue 4). */
    private static Map<String, String> sinkConfig(LocalMySqlServer target, String topic, String job) {
        Map<String, String> config = converters();
        config.put("connector.class", SINK_CLASS);
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("connection.host", target.host());
        config.put("connection.port", Integer.toString(target.port()));
        config.put("connection.username", "root");
        config.put("connection.password", "");
        config.put("dtle.job.name", job);
        return config;
    }

    private static Map<String, String> converters() {
        Map<String, String> config = new HashMap<>();
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        return config;
    }

    private static List<String> changes(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(PluginPathIT::opAndKey).filter(s -> !s.isEmpty()).toList();
    }

    /** "op:a" for a row change, "" for a transaction marker or a tombstone. */
    private static String opAndKey(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null || record.value() == null) {
            return "";
        }
        try {
            JsonNode value = new ObjectMapper().readTree(record.value()).path("payload");
            JsonNode key = new ObjectMapper().readTree(record.key()).path("payload");
            return value.has("op") ? value.get("op").asText() + ":" + key.path("a").asText() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
