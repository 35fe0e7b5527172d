package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker and worker keep their state in the data directory: a second start on it resumes the source
 * where it stopped instead of copying the table again. `dtle run --configs` applies a directory and reports.
 */
class LocalClusterIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @AutoClose
    private static LocalMySqlServer mysql;
    @TempDir
    Path data;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
    }

    @Test
    void aSecondStartOnTheSameDataResumes() {
        mysql.execute("CREATE DATABASE resume", "CREATE TABLE resume.t (a INT PRIMARY KEY, b VARCHAR(20))",
                "INSERT INTO resume.t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        ConnectorConfig source = source("resume", "resume");
        long afterFirstRun;
        try (LocalCluster cluster = LocalCluster.start(data, FreePorts.any());
             KafkaProgress kafka = new KafkaProgress(cluster.bootstrapServers())) {
            cluster.rest().putConnector(source.name(), source.config());
            Await.until("the full copy in Kafka", TIMEOUT, () -> kafka.recordsUnder("resume") >= 3);
            mysql.execute("INSERT INTO resume.t VALUES (4, 'd')");
            // BEGIN, the row, END.
            Await.until("the insert in Kafka", TIMEOUT, () -> kafka.recordsUnder("resume") >= 6);
            afterFirstRun = kafka.recordsUnder("resume");
            // Let the worker commit the source offset past the insert before stopping.
            Pause.sleep(3_000);
        }
        mysql.execute("INSERT INTO resume.t VALUES (5, 'e')");
        try (LocalCluster cluster = LocalCluster.start(data, FreePorts.any());
             KafkaProgress kafka = new KafkaProgress(cluster.bootstrapServers())) {
            // No new PUT: the connector config came back from Kafka's config topic.
            Await.until("the insert made while stopped in Kafka", TIMEOUT,
                    () -> kafka.recordsUnder("resume") >= afterFirstRun + 3);
            Pause.sleep(2_000);
            assertThat(kafka.recordsUnder("resume")).as("no second full copy").isEqualTo(afterFirstRun + 3);
            ProgressMonitor monitor = new ProgressMonitor(cluster.rest(), kafka, List.of(source));
            Await.until("the source to report streaming", TIMEOUT,
                    () -> monitor.sample().get(0).contains("streaming the binlog"), () -> monitor.sample().toString());
        }
    }

    @Test
    void runAppliesAConfigsDirectoryAndStopsByItself() throws Exception {
        mysql.execute("CREATE DATABASE runcmd", "CREATE TABLE runcmd.t (a INT PRIMARY KEY)",
                "INSERT INTO runcmd.t VALUES (1), (2)");
        Path configs = Files.createDirectories(data.resolve("configs"));
        ConnectorConfig source = source("runcmd", "runcmd");
        Files.writeString(configs.resolve("source.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("name", source.name(), "config", source.config())));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        RunOptions options = RunOptions.parse("--configs", configs.toString(), "--data-dir",
                data.resolve("kafka-data").toString(), "--rest-port", Integer.toString(FreePorts.any()),
                "--interval-seconds", "1", "--duration-seconds", "20");
        new RunCommand(options, new PrintStream(output, true, StandardCharsets.UTF_8), new CountDownLatch(1)).run();
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("applied connector runcmd-source", "runcmd-source: ", "dtle: stopped");
        assertThat(printed).containsPattern("runcmd-source: (full copy|streaming)");
    }

    @Test
    void runOnAnExistingClusterLeavesItsConnectorsRunning() throws Exception {
        mysql.execute("CREATE DATABASE remote", "CREATE TABLE remote.t (a INT PRIMARY KEY)", "INSERT INTO remote.t VALUES (1)");
        Path configs = Files.createDirectories(data.resolve("remote-configs"));
        ConnectorConfig source = source("remote", "remote");
        Files.writeString(configs.resolve("source.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(Map.of("name", source.name(), "config", source.config())));
        try (LocalCluster cluster = LocalCluster.start(data.resolve("cluster"), FreePorts.any());
             KafkaProgress kafka = new KafkaProgress(cluster.bootstrapServers())) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            RunOptions options = RunOptions.parse("--configs", configs.toString(), "--connect-url",
                    cluster.rest().base().toString(), "--kafka-bootstrap", cluster.bootstrapServers(),
                    "--interval-seconds", "1", "--duration-seconds", "15");
            new RunCommand(options, new PrintStream(output, true, StandardCharsets.UTF_8), new CountDownLatch(1)).run();
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("applied connector remote-source",
                    "the connectors keep running on " + cluster.rest().base());
            assertThat(cluster.rest().status("remote-source").path("connector").path("state").asText())
                    .isEqualTo("RUNNING");
            Await.until("the copy in Kafka", TIMEOUT, () -> kafka.recordsUnder("remote") >= 1);
        }
    }

    private static ConnectorConfig source(String prefix, String database) {
        Map<String, String> config = SourceConnectorConfigs.of(mysql, prefix, database);
        config.put("topic.routing", "ordered");
        return new ConnectorConfig(prefix + "-source", config);
    }
}
