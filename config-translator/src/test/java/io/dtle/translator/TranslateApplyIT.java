package io.dtle.translator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtle.translator.cli.ConnectRestClient;
import io.dtle.translator.cli.ConnectorStatus;
import io.dtle.translator.cli.JobApplier;
import io.dtle.translator.job.JobFiles;
import io.dtle.translator.mapping.JobTranslator;
import io.dtle.translator.mapping.TranslateOptions;
import io.dtle.translator.mapping.Translation;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manual's jobs applied with the CLI's Java API to an embedded Connect cluster and real MySQL: the Kafka
 * job's topic read back as Debezium JSON and replayed into rows equal to the source table; the 1:1 job's target
 * compared with its source table (once the sink connector is on the classpath).
 */
class TranslateApplyIT {
    private static final Duration TIMEOUT = ConnectCluster.DEFAULT_TIMEOUT;

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        source = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).name("translate-apply").start();
    }

    @Test
    void theManualsKafkaJobDeliversEveryRowAsDebeziumJson() throws Exception {
        source.execute("CREATE DATABASE demo", "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20))",
                "INSERT INTO demo.demo_tbl VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        // As the manual's job, with only --connect-url known: Brokers becomes a producer override that here
        // names the cluster's own Kafka.
        String job = kafkaJob("dtle-kafka-demo", connect.kafkaBootstrapServers());
        Translation translation = JobTranslator.translate(List.of(JobFiles.read(job)), TranslateOptions.offline());
        assertThat(translation.connectors().get(0).config()).containsKey("producer.override.bootstrap.servers");

        List<ConnectorStatus> statuses = applier().apply(translation);
        assertThat(statuses).singleElement().satisfies(s -> assertThat(s.running()).isTrue());

        source.execute("INSERT INTO demo.demo_tbl VALUES (4, 'four')", "UPDATE demo.demo_tbl SET b = 'TWO' WHERE a = 2",
                "DELETE FROM demo.demo_tbl WHERE a = 3");
        String topic = "demo-topic.demo.demo_tbl";
        connect.awaitRecords(topic, 1); // the source creates the topic with its first record
        Await.until("the table's rows replayed from " + topic, TIMEOUT,
                () -> DebeziumJsonRows.replay(connect.readAll(topic)).equals(sourceRows()),
                () -> DebeziumJsonRows.replay(connect.readAll(topic)) + " vs " + sourceRows());
        JsonNode first = DebeziumJsonRows.json(connect.readAll(topic).get(0).value());
        assertThat(first.path("schema").path("name").asText()).isEqualTo("demo-topic.demo.demo_tbl.Envelope");
        assertThat(first.path("payload").path("op").asText()).isEqualTo("r");
        assertThat(first.path("payload").path("source").path("db").asText()).isEqualTo("demo");
    }

    @Test
    void anInvalidConfigIsReportedByKeyAndNothingIsApplied() {
        String job = kafkaJob("dtle-invalid", connect.kafkaBootstrapServers())
                .replace("\"TableName\": \"demo_tbl\"", "\"TableName\": \"demo_tbl\", \"Where\": \"a > 1\"");
        Translation translation = JobTranslator.translate(List.of(JobFiles.read(job)), TranslateOptions.offline());
        Map<String, String> broken = new TreeMap<>(translation.connectors().get(0).config());
        broken.put("snapshot.chunk.size", "0");
        Translation invalid = new Translation(List.of(new io.dtle.translator.mapping.ConnectorConfig(
                "dtle-invalid-source", broken)), List.of());

        Map<String, Map<String, List<String>>> problems = applier().validate(invalid);
        assertThat(problems).containsOnlyKeys("dtle-invalid-source");
        assertThat(problems.get("dtle-invalid-source")).containsKey("snapshot.chunk.size");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> applier().apply(invalid))
                .hasMessageStartingWith("Nothing was applied").hasMessageContaining("snapshot.chunk.size");
        assertThat(new ConnectRestClient(connect.restUrl()).connectors()).doesNotContain("dtle-invalid-source");
    }

    @Test
    void theManualsOneToOneJobCopiesAndStreamsTheTable() throws Exception {
        assumeThat(classPresent("io.dtle.sink.DtleMySqlSinkConnector")).as("the sink connector is merged").isTrue();
        try (LocalMySqlServer target = LocalMySqlServer.mysql()) {
            source.execute("CREATE DATABASE one", "CREATE TABLE one.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20))",
                    "INSERT INTO one.demo_tbl VALUES (1, 'one'), (2, 'two')");
            String job = mysqlJob("dtle-one-to-one", target);
            List<ConnectorStatus> statuses = applier().apply(JobTranslator.translate(List.of(JobFiles.read(job)),
                    new TranslateOptions(connect.kafkaBootstrapServers())));
            assertThat(statuses).hasSize(2).allSatisfy(s -> assertThat(s.running()).isTrue());
            source.execute("INSERT INTO one.demo_tbl VALUES (3, 'three')", "UPDATE one.demo_tbl SET b = 'x' WHERE a = 1");
            Await.until("the target equal to the source", TIMEOUT,
                    () -> TableComparer.between(source, target).tables("one.demo_tbl").compare().equal());
        }
    }

    private static JobApplier applier() {
        return new JobApplier(new ConnectRestClient(connect.restUrl()), TIMEOUT);
    }

    private static String kafkaJob(String name, String brokers) {
        return """
                {"Name": "%s", "Tasks": [
                  {"Type": "Src", "Config": {"Gtid": "",
                    "ReplicateDoDb": [{"TableSchema": "demo", "Tables": [{"TableName": "demo_tbl"}]}],
                    "ConnectionConfig": {"Host": "%s", "Port": "%d", "User": "root", "Password": ""}}},
                  {"Type": "Dest", "Driver": "Kafka",
                   "Config": {"Topic": "demo-topic", "Brokers": ["%s"], "Converter": "json"}}]}
                """.formatted(name, source.host(), source.port(), brokers);
    }

    private static String mysqlJob(String name, LocalMySqlServer target) {
        return """
                {"Name": "%s", "Tasks": [
                  {"Type": "Src", "Config": {"Gtid": "",
                    "ReplicateDoDb": [{"TableSchema": "one", "Tables": [{"TableName": "demo_tbl"}]}],
                    "ConnectionConfig": {"Host": "%s", "Port": "%d", "User": "root", "Password": ""}}},
                  {"Type": "Dest", "Config": {
                    "ConnectionConfig": {"Host": "%s", "Port": %d, "User": "root", "Password": ""}}}]}
                """.formatted(name, source.host(), source.port(), target.host(), target.port());
    }

    private static Map<Integer, String> sourceRows() {
        return DebeziumJsonRows.query(source, "demo.demo_tbl");
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
