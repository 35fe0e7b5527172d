package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorConfigTest {
    @TempDir
    Path directory;

    @Test
    void readsRestBodiesAndFlatConfigsSourcesFirst() throws IOException {
        Files.writeString(directory.resolve("a-sink.json"), """
                {"name": "s", "config": {"connector.class": "io.dtle.sink.DtleMySqlSinkConnector", "topics": "p.ordered",
                 "connection.port": 3306}}""");
        Files.writeString(directory.resolve("b-source.json"), """
                {"name": "src", "connector.class": "io.dtle.source.DtleSourceConnector", "topic.prefix": "p"}""");
        Files.writeString(directory.resolve("notes.txt"), "not a config");
        List<ConnectorConfig> configs = ConnectorConfig.readDirectory(directory);
        assertThat(configs).extracting(ConnectorConfig::name).containsExactly("src", "s");
        assertThat(configs.get(0).isDtleSource()).isTrue();
        assertThat(configs.get(1).isSink()).isTrue();
        assertThat(configs.get(1).config()).containsEntry("connection.port", "3306").containsEntry("name", "s");
    }

    @Test
    void theArchiveExamplesAreLauncherInput() {
        Path examples = Path.of(System.getProperty("dtle.docs.directory", "../docs"))
                .resolveSibling("distribution/src/main/archive/etc/1-to-1");
        assertThat(ConnectorConfig.readDirectory(examples)).extracting(ConnectorConfig::name)
                .containsExactly("dtle-demo-source", "dtle-demo-sink");
    }

    @Test
    void aConfigWithoutNameOrClassIsRefusedByFile() throws IOException {
        Path file = directory.resolve("x.json");
        Files.writeString(file, "{\"config\": {\"connector.class\": \"C\"}}");
        assertThatThrownBy(() -> ConnectorConfig.read(file)).hasMessageContaining("x.json has no \"name\"");
        Files.writeString(file, "{\"name\": \"n\", \"config\": {}}");
        assertThatThrownBy(() -> ConnectorConfig.read(file)).hasMessageContaining("no \"connector.class\"");
        assertThatThrownBy(() -> ConnectorConfig.readDirectory(directory.resolve("missing")))
                .hasMessageContaining("not a directory");
    }

    /** Issue #3: sources run by the launcher keep their schema history in the cluster's Kafka. */
    @Test
    void aDtleSourceGetsTheClustersKafkaForItsSchemaHistoryUnlessConfigured() {
        String key = "schema.history.kafka.bootstrap.servers";
        ConnectorConfig source = new ConnectorConfig("src", java.util.Map.of("connector.class",
                ConnectorConfig.SOURCE_CLASS));
        assertThat(source.withSchemaHistory("127.0.0.1:9092").config()).containsEntry(key, "127.0.0.1:9092");
        assertThat(source.withSchemaHistory(null).config()).doesNotContainKey(key);
        ConnectorConfig configured = new ConnectorConfig("src", java.util.Map.of("connector.class",
                ConnectorConfig.SOURCE_CLASS, key, "other:9092"));
        assertThat(configured.withSchemaHistory("127.0.0.1:9092").config()).containsEntry(key, "other:9092");
        ConnectorConfig sink = new ConnectorConfig("sink", java.util.Map.of("topics", "t"));
        assertThat(sink.withSchemaHistory("127.0.0.1:9092").config()).doesNotContainKey(key);
    }
}
