package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.job.OriginMarker;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connector end to end on a real MySQL 8.0.33 and an embedded Connect cluster with the JSON converter. */
class DtleSourceConnectorIT {
    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).start();
    }

    private static Map<String, String> config(String prefix, String database) {
        return SourceConfigs.of(mysql, prefix, database);
    }

    @Test
    void snapshotThenStreamedTransactions() {
        mysql.execute("CREATE DATABASE fa", "CREATE TABLE fa.t (id INT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO fa.t VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')");
        Map<String, String> config = config("pa", "fa");
        config.put("snapshot.chunk.size", "2");
        connect.createConnector("full", config);
        connect.awaitRunning("full", 1);

        List<TopicRecords> snapshot = TopicRecords.of(connect.awaitRecords("pa.fa.t", 5));
        assertThat(snapshot).extracting(TopicRecords::shortForm).containsExactly("r:1", "r:2", "r:3", "r:4", "r:5");
        assertThat(snapshot.get(4).value().get("source").get("snapshot").asText()).isEqualTo("last");
        assertThat(snapshot.get(0).value().get("after").get("name").asText()).isEqualTo("a");
        // Before the rows: the database and the table definition, as Debezium's snapshot emits them.
        List<TopicRecords> definitions = TopicRecords.of(connect.awaitRecords("pa", 2));
        assertThat(definitions).extracting(r -> r.value().get("ddl").asText())
                .satisfiesExactly(ddl -> assertThat(ddl).startsWith("CREATE DATABASE `fa` CHARSET utf8mb4"),
                        ddl -> assertThat(ddl).startsWith("CREATE TABLE `t`").contains("`name` varchar(20)"));
        assertThat(definitions).allSatisfy(r -> {
            assertThat(r.value().get("databaseName").asText()).isEqualTo("fa");
            assertThat(r.value().get("source").get("snapshot").asText()).isEqualTo("true");
        });
        assertThat(definitions.get(0).value().get("tableChanges")).isEmpty();
        assertThat(definitions.get(1).value().get("tableChanges").get(0).get("type").asText()).isEqualTo("CREATE");
        assertThat(definitions.get(1).value().get("tableChanges").get(0).get("id").asText()).isEqualTo("\"fa\".\"t\"");

        mysql.execute("BEGIN", "INSERT INTO fa.t VALUES (6, 'f')", "UPDATE fa.t SET name = 'x' WHERE id = 1",
                "DELETE FROM fa.t WHERE id = 2", "COMMIT");
        mysql.execute("UPDATE fa.t SET id = 30 WHERE id = 3");

        List<TopicRecords> all = TopicRecords.of(connect.awaitRecords("pa.fa.t", 12));
        assertThat(all.subList(5, 12)).extracting(TopicRecords::shortForm)
                .containsExactly("c:6", "u:1", "d:2", "tombstone:2", "d:3", "tombstone:3", "c:30");
        TopicRecords update = all.get(6);
        assertThat(update.value().get("before").get("name").asText()).isEqualTo("a");
        assertThat(update.value().get("after").get("name").asText()).isEqualTo("x");
        String gtid = update.header("dtle.gtid");
        assertThat(gtid).isNotBlank();
        assertThat(update.value().get("transaction").get("id").asText()).isEqualTo(gtid);
        assertThat(update.value().get("transaction").get("total_order").asLong()).isEqualTo(2);
        assertThat(all.get(11).raw().headers().lastHeader("__debezium.oldkey")).isNotNull();

        List<TopicRecords> markers = TopicRecords.of(connect.awaitRecords("pa.transaction", 4));
        assertThat(markers).extracting(TopicRecords::op).containsExactly("BEGIN", "END", "BEGIN", "END");
        assertThat(markers.get(0).value().get("id").asText()).isEqualTo(gtid);
        assertThat(markers.get(1).value().get("event_count").asLong()).isEqualTo(3);
        assertThat(markers.get(3).value().get("event_count").asLong()).isEqualTo(1);
        connect.deleteConnector("full");
    }

    @Test
    void incrementalOnlyFromAGtidSet() {
        mysql.execute("CREATE DATABASE fb", "CREATE TABLE fb.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO fb.t VALUES (1, 1)");
        String delivered = mysql.gtidExecuted();
        mysql.execute("INSERT INTO fb.t VALUES (2, 2)", "INSERT INTO fb.t VALUES (3, 3)");
        Map<String, String> config = config("pb", "fb");
        config.put("start.gtid", delivered);
        connect.createConnector("incremental", config);
        connect.awaitRunning("incremental", 1);

        mysql.execute("INSERT INTO fb.t VALUES (4, 4)");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("pb.fb.t", 3));
        assertThat(records).extracting(TopicRecords::shortForm).containsExactly("c:2", "c:3", "c:4");
        connect.deleteConnector("incremental");
    }

    @Test
    void incrementalFromASingleStartGtid() {
        mysql.execute("CREATE DATABASE fg", "CREATE TABLE fg.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO fg.t VALUES (1, 1)");
        String uuid = mysql.queryString("SELECT @@server_uuid");
        var intervals = GtidSet.parse(mysql.gtidExecuted()).intervals(UUID.fromString(uuid));
        long next = intervals.get(intervals.size() - 1).end() + 1;
        mysql.execute("INSERT INTO fg.t VALUES (2, 2)", "INSERT INTO fg.t VALUES (3, 3)");
        Map<String, String> config = config("pg", "fg");
        // dtle's GtidStart: stream from this transaction on, everything of that source before it counts as delivered.
        config.put("start.gtid.first", uuid + ":" + next);
        connect.createConnector("single-gtid", config);
        connect.awaitRunning("single-gtid", 1);

        mysql.execute("INSERT INTO fg.t VALUES (4, 4)");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("pg.fg.t", 3));
        assertThat(records).extracting(TopicRecords::shortForm).containsExactly("c:2", "c:3", "c:4");
        connect.deleteConnector("single-gtid");
    }

    @Test
    void ddlMidStreamAddsTheColumnToLaterRows() {
        mysql.execute("CREATE DATABASE fc", "CREATE TABLE fc.t (id INT PRIMARY KEY, a VARCHAR(10))");
        Map<String, String> config = config("pc", "fc");
        config.put("snapshot.mode", "no_data");
        connect.createConnector("ddl", config);
        connect.awaitRunning("ddl", 1);

        mysql.execute("INSERT INTO fc.t VALUES (1, 'one')", "ALTER TABLE fc.t ADD COLUMN b INT AFTER id",
                "INSERT INTO fc.t VALUES (2, 7, 'two')");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("pc.fc.t", 2));
        assertThat(records.get(0).value().get("after").has("b")).isFalse();
        assertThat(records.get(1).value().get("after").get("b").asInt()).isEqualTo(7);
        assertThat(records.get(1).value().get("after").get("a").asText()).isEqualTo("two");
        List<TopicRecords> ddl = TopicRecords.of(connect.awaitRecords("pc", 1));
        assertThat(ddl).anySatisfy(r -> assertThat(r.value().get("ddl").asText()).contains("ADD COLUMN b"));
        connect.deleteConnector("ddl");
    }

    @Test
    void orderedRoutingKeepsBinlogOrderWithMarkers() {
        mysql.execute("CREATE DATABASE fd", "CREATE TABLE fd.t (id INT PRIMARY KEY, v INT)");
        Map<String, String> config = config("pd", "fd");
        config.put("snapshot.mode", "no_data");
        config.put("topic.routing", "ordered");
        connect.createConnector("ordered", config);
        connect.awaitRunning("ordered", 1);

        mysql.execute("BEGIN", "INSERT INTO fd.t VALUES (1, 1)", "INSERT INTO fd.t VALUES (2, 2)", "COMMIT",
                "CREATE TABLE fd.u (id INT PRIMARY KEY)",
                "BEGIN", "INSERT INTO fd.u VALUES (9)", "UPDATE fd.t SET v = 5 WHERE id = 1", "COMMIT");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("pd.ordered", 11));
        assertThat(records).extracting(TopicRecords::shortForm).containsExactly(
                "BEGIN", "c:1", "c:2", "END", "BEGIN", "ddl", "END", "BEGIN", "c:9", "u:1", "END");
        assertThat(records).allSatisfy(r -> assertThat(r.raw().partition()).isZero());
        assertThat(records.get(1).header("dtle.gtid")).isEqualTo(records.get(0).value().get("id").asText());
        connect.deleteConnector("ordered");
    }

    /** A TRUNCATE TABLE is Debezium's op-t data event inside its transaction's markers; it used to kill the task. */
    @Test
    void truncateIsADataEventOnTheOrderedTopic() {
        mysql.execute("CREATE DATABASE ft", "CREATE TABLE ft.t (id INT PRIMARY KEY)", "INSERT INTO ft.t VALUES (1)");
        Map<String, String> config = config("pt", "ft");
        config.put("snapshot.mode", "no_data");
        config.put("topic.routing", "ordered");
        connect.createConnector("truncate", config);
        connect.awaitRunning("truncate", 1);

        mysql.execute("TRUNCATE TABLE ft.t", "INSERT INTO ft.t VALUES (2)");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("pt.ordered", 6));
        assertThat(records).extracting(TopicRecords::shortForm)
                .containsExactly("BEGIN", "t", "END", "BEGIN", "c:2", "END");
        assertThat(records.get(1).table()).isEqualTo("t");
        assertThat(records.get(1).header("dtle.gtid")).isEqualTo(records.get(0).value().get("id").asText());
        connect.deleteConnector("truncate");
    }

    /** skipped.operations=t also skips a TRUNCATE a dtle sink applied, which starts with its origin marker. */
    @Test
    void skippedTruncatesIncludeOnesWithTheSinksOriginMarker() {
        mysql.execute("CREATE DATABASE fs", "CREATE TABLE fs.t (id INT PRIMARY KEY)", "INSERT INTO fs.t VALUES (1)");
        Map<String, String> config = config("ps", "fs");
        config.put("snapshot.mode", "no_data");
        config.put("topic.routing", "ordered");
        config.put("skipped.operations", "t");
        connect.createConnector("skip-truncate", config);
        connect.awaitRunning("skip-truncate", 1);

        mysql.execute(new OriginMarker(UUID.randomUUID(), "").mark("TRUNCATE TABLE fs.t"), "TRUNCATE TABLE fs.t",
                "INSERT INTO fs.t VALUES (2)");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("ps.ordered", 3));
        assertThat(records).extracting(TopicRecords::shortForm).containsExactly("BEGIN", "c:2", "END");
        connect.deleteConnector("skip-truncate");
    }

    @Test
    void orderedRoutingPutsEachTableDefinitionBeforeItsSnapshotRows() {
        mysql.execute("CREATE DATABASE fo", "CREATE TABLE fo.a (id INT PRIMARY KEY)", "INSERT INTO fo.a VALUES (1), (2)",
                "CREATE TABLE fo.b (id INT PRIMARY KEY, v INT)", "INSERT INTO fo.b VALUES (3, 3)");
        Map<String, String> config = config("po", "fo");
        config.put("topic.routing", "ordered");
        connect.createConnector("ordered-snapshot", config);
        connect.awaitRunning("ordered-snapshot", 1);

        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("po.ordered", 6));
        assertThat(records).extracting(TopicRecords::shortForm)
                .containsExactly("ddl", "ddl", "r:1", "r:2", "ddl", "r:3");
        assertThat(records.get(0).value().get("ddl").asText()).startsWith("CREATE DATABASE `fo`");
        assertThat(records.get(1).value().get("ddl").asText()).startsWith("CREATE TABLE `a`");
        assertThat(records.get(4).value().get("ddl").asText()).startsWith("CREATE TABLE `b`");
        assertThat(records).allSatisfy(r -> assertThat(r.raw().partition()).isZero());
        connect.deleteConnector("ordered-snapshot");
    }

    @Test
    void whereConditionFiltersTheSnapshotAndAppliesTheUpdateRule() {
        mysql.execute("CREATE DATABASE fw", "CREATE TABLE fw.t (id INT PRIMARY KEY, a INT)",
                "INSERT INTO fw.t VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)");
        Map<String, String> config = config("pw", "fw");
        config.put("where.fw.t", "a < 4");
        connect.createConnector("where", config);
        connect.awaitRunning("where", 1);
        assertThat(TopicRecords.of(connect.awaitRecords("pw.fw.t", 3))).extracting(TopicRecords::shortForm)
                .containsExactly("r:1", "r:2", "r:3");

        mysql.execute("UPDATE fw.t SET a = 10 WHERE id = 1", "UPDATE fw.t SET a = 2 WHERE id = 5",
                "INSERT INTO fw.t VALUES (7, 9)", "DELETE FROM fw.t WHERE id = 6", "UPDATE fw.t SET a = 3 WHERE id = 2");
        List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("pw.fw.t", 7));
        assertThat(records.subList(3, records.size())).extracting(TopicRecords::shortForm)
                .containsExactly("d:1", "tombstone:1", "c:5", "u:2");
        connect.deleteConnector("where");
    }
}
