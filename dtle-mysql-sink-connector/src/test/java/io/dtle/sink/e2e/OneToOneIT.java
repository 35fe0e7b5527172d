package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manual's 1:1 job: full copy then incremental, and incremental only from a GTID set. */
class OneToOneIT {
    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer target;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        source = LocalMySqlServer.mysql();
        target = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(2).start();
    }

    @Test
    void fullCopyThenIncrementalEndsEqual() {
        source.execute("CREATE DATABASE demo",
                "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20), c DECIMAL(10,2), d DATETIME(6))",
                "INSERT INTO demo.demo_tbl VALUES (1, 'one', 1.50, '2024-01-01 10:00:00.123456'), "
                        + "(2, 'two', NULL, NULL), (3, 'three', -3.25, '1999-12-31 23:59:59')");
        target.execute("CREATE DATABASE demo",
                "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(20), c DECIMAL(10,2), d DATETIME(6))");
        connect.createConnector("one-src", Jobs.source(source, "one", "demo"));
        connect.createConnector("one-dst", Jobs.sink(target, "one"));
        Jobs.awaitRunning(connect, "one-src");
        Jobs.awaitRunning(connect, "one-dst");
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "demo.demo_tbl");

        source.execute("BEGIN", "INSERT INTO demo.demo_tbl VALUES (4, 'four', 4, NOW(6))",
                "UPDATE demo.demo_tbl SET b = 'uno' WHERE a = 1", "DELETE FROM demo.demo_tbl WHERE a = 2", "COMMIT");
        source.execute("UPDATE demo.demo_tbl SET a = 30 WHERE a = 3");
        for (int i = 100; i < 300; i++) {
            source.execute("INSERT INTO demo.demo_tbl VALUES (" + i + ", 'row " + i + "', " + i + ".5, NULL)");
        }
        source.execute("DELETE FROM demo.demo_tbl WHERE a BETWEEN 150 AND 160");
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "demo.demo_tbl");

        assertThat(target.queryString("SELECT COUNT(*) FROM dtle.gtid_executed_v2")).isNotEqualTo("0");
        connect.deleteConnector("one-dst");
        connect.deleteConnector("one-src");
    }

    /**
     * record.converter: the sink converts the JSON itself, side by side on two threads; a transaction the target
     * refuses reaches the dead-letter queue as the bytes the source wrote. With Connect's JsonConverter and with
     * SchemaCachingJsonConverter (JsonConverter's bytes, each schema read once).
     */
    @ParameterizedTest
    @ValueSource(strings = {"org.apache.kafka.connect.json.JsonConverter",
        "io.dtle.common.json.SchemaCachingJsonConverter"})
    void theSinksOwnConverterAppliesTheSameAndQueuesTheOriginalBytes(String converter) {
        String own = converter.endsWith("SchemaCachingJsonConverter") ? "owncached" : "own";
        String table = own + ".t";
        source.execute("CREATE DATABASE " + own, "CREATE TABLE " + table + " (id INT PRIMARY KEY, b VARCHAR(40), "
                        + "c DECIMAL(10,2), d DATETIME(6), j JSON)",
                "INSERT INTO " + table + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                        + "WHERE i < 1000) SELECT i, CONCAT('row ', i), i / 7, '2024-01-01 10:00:00.5', JSON_OBJECT('i', i) FROM n");
        target.execute("CREATE DATABASE " + own, "CREATE TABLE " + table + " (id INT PRIMARY KEY, b VARCHAR(12), "
                + "c DECIMAL(10,2), d DATETIME(6), j JSON)");
        String bytes = "org.apache.kafka.connect.converters.ByteArrayConverter";
        Map<String, String> sink = Jobs.sink(target, own);
        sink.putAll(Map.of("record.converter", converter,
                "key.converter", bytes, "value.converter", bytes, "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", own + "-dlq", "errors.deadletterqueue.topic.replication.factor",
                "1"));
        connect.createConnector(own + "-src", Jobs.source(source, own, own));
        connect.createConnector(own + "-dst", sink);
        Jobs.awaitRunning(connect, own + "-dst");
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), table);

        for (int i = 1; i <= 1000; i += 100) {
            source.execute("BEGIN", "UPDATE " + table + " SET c = c + 1 WHERE id BETWEEN " + i + " AND " + (i + 50),
                    "DELETE FROM " + table + " WHERE id = " + (i + 70),
                    "INSERT INTO " + table + " VALUES (" + (5000 + i) + ", 'new', NULL, NOW(6), NULL)", "COMMIT");
        }
        source.execute("INSERT INTO " + table + " VALUES (9999, 'longer than twelve', 1, NULL, NULL)");
        source.execute("UPDATE " + table + " SET b = 'last' WHERE id = 1");
        List<ConsumerRecord<byte[], byte[]>> dead = connect.awaitRecords(own + "-dlq", 3);
        assertThat(dead).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .as("BEGIN, the refused row and END, as JSON").anySatisfy(value -> assertThat(value)
                        .contains("\"payload\"").contains("longer than twelve"));
        source.execute("DELETE FROM " + table + " WHERE id = 9999");
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), table);
        connect.deleteConnector(own + "-dst");
        connect.deleteConnector(own + "-src");
    }

    @Test
    void incrementalOnlyFromAGtidSetAppliesOnlyLaterTransactions() {
        source.execute("CREATE DATABASE inc", "CREATE TABLE inc.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO inc.t VALUES (1, 1), (2, 2)");
        target.execute("CREATE DATABASE inc", "CREATE TABLE inc.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO inc.t VALUES (1, 1), (2, 2)");
        String delivered = source.gtidExecuted();
        source.execute("INSERT INTO inc.t VALUES (3, 3)", "UPDATE inc.t SET v = 20 WHERE id = 2");
        Map<String, String> sourceConfig = Jobs.source(source, "inc", "inc");
        sourceConfig.put("start.gtid", delivered);
        connect.createConnector("inc-src", sourceConfig);
        connect.createConnector("inc-dst", Jobs.sink(target, "inc"));
        Jobs.awaitRunning(connect, "inc-src");
        Jobs.awaitRunning(connect, "inc-dst");
        source.execute("DELETE FROM inc.t WHERE id = 1");
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "inc.t");
        connect.deleteConnector("inc-dst");
        connect.deleteConnector("inc-src");
    }

    @Test
    void aRowTheTargetRefusesStopsTheTaskNamingTheTransactionTableAndStatementAndLosesNothing() {
        source.execute("CREATE DATABASE bad", "CREATE TABLE bad.t (id INT PRIMARY KEY, b VARCHAR(40))",
                "INSERT INTO bad.t VALUES (1, 'ok')");
        target.execute("CREATE DATABASE bad", "CREATE TABLE bad.t (id INT PRIMARY KEY, b VARCHAR(3))");
        connect.createConnector("bad-src", Jobs.source(source, "bad", "bad"));
        connect.createConnector("bad-dst", Jobs.sink(target, "bad"));
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "bad.t");

        source.execute("INSERT INTO bad.t VALUES (2, 'too long for the target')");
        String refused = source.lastGtid();
        source.execute("INSERT INTO bad.t VALUES (3, 'ok')");
        String trace = connect.awaitFailure("bad-dst");
        assertThat(trace).contains(refused).contains("INSERT").contains("bad.t").contains("Data too long")
                .contains("errors.tolerance=all");
        assertThat(target.queryString("SELECT COUNT(*) FROM bad.t")).isEqualTo("1");

        // The user widens the column and restarts the task: the refused transaction and the next one arrive.
        target.execute("ALTER TABLE bad.t MODIFY b VARCHAR(40)");
        connect.restartTask("bad-dst", 0);
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "bad.t");
        connect.deleteConnector("bad-dst");
        connect.deleteConnector("bad-src");
    }

    @Test
    void aTaskThatRestartsWhileTheTargetIsDownWaitsForItAndLosesNothing() throws Exception {
        source.execute("CREATE DATABASE down", "CREATE TABLE down.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO down.t VALUES (1, 1)");
        Map<String, String> sinkConfig = Jobs.sink(target, "down");
        sinkConfig.put("connection.timeout.ms", "1000");
        connect.createConnector("down-src", Jobs.source(source, "down", "down"));
        connect.createConnector("down-dst", sinkConfig);
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "down.t");

        target.crash();
        try {
            connect.restartTask("down-dst", 0);
            for (int i = 2; i <= 50; i++) {
                source.execute("INSERT INTO down.t VALUES (" + i + ", " + i + ")");
            }
            Jobs.awaitRunning(connect, "down-dst");
            Thread.sleep(5000); // several put() attempts against the stopped target
            assertThat(connect.status("down-dst").tasks()).allSatisfy(t -> assertThat(t.state()).isEqualTo("RUNNING"));
        } finally {
            target.restart();
        }
        Jobs.awaitEqual(source, target, Duration.ofSeconds(90), "down.t");
        connect.deleteConnector("down-dst");
        connect.deleteConnector("down-src");
    }
}
