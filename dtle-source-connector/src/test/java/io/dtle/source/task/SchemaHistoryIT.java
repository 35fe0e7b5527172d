package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: a source restarted from an offset before DDL on a captured table decodes every row with the columns the
 * table had when the row was written (schema history in Kafka), or, without a history, refuses to start rather than
 * decode rows with today's columns.
 */
class SchemaHistoryIT {
    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).name("dtle-schema-history").start();
    }

    @Test
    void rowsBeforeAndAfterAddAndDropColumnDecodeWithTheirOwnColumnsAfterRestarts() {
        // The sink's bookkeeping tables exist before the connector starts, so its schema registry does not know them.
        mysql.execute("CREATE DATABASE dtle", "CREATE TABLE dtle.gtid_executed_v2 (job_uuid BINARY(16), "
                + "source_uuid BINARY(16), interval_gtid TEXT, PRIMARY KEY (job_uuid, source_uuid))");
        mysql.execute("CREATE DATABASE ha", "CREATE TABLE ha.t (id INT PRIMARY KEY, a VARCHAR(20))",
                "INSERT INTO ha.t VALUES (1, 'a1'), (2, 'a2')");
        RowsAtTheirTime rows = new RowsAtTheirTime(mysql, "ha.t", "ha_check");
        connect.createConnector("history", SourceConfigs.of(connect, mysql, "ha", "ha"));
        connect.awaitRunning("history", 1);
        mysql.execute("INSERT INTO ha.t VALUES (3, 'a3')");
        rows.keep("p0", 1, 3);
        // A statement of the sink on its own table, without a default database: never emitted.
        mysql.execute("ALTER TABLE dtle.gtid_executed_v2 ADD COLUMN note INT");
        awaitRows("ha.ha.t", 3);

        connect.stopConnector("history");
        awaitState("history", "STOPPED");
        mysql.execute("INSERT INTO ha.t VALUES (4, 'a4'), (5, 'a5')");
        rows.keep("p1", 4, 5);
        mysql.execute("ALTER TABLE ha.t ADD COLUMN b INT");
        mysql.execute("INSERT INTO ha.t VALUES (6, 'a6', 6), (7, 'a7', 7)");
        rows.keep("p2", 6, 7);
        mysql.execute("ALTER TABLE ha.t DROP COLUMN a");
        mysql.execute("INSERT INTO ha.t VALUES (8, 8), (9, 9)");
        rows.keep("p3", 8, 9);
        connect.resumeConnector("history");
        connect.awaitRunning("history", 1);
        awaitRows("ha.ha.t", 9);

        // A second restart, from an offset after both DDL statements: the history replays them.
        connect.stopConnector("history");
        awaitState("history", "STOPPED");
        mysql.execute("INSERT INTO ha.t VALUES (10, 10)");
        rows.keep("p4", 10, 10);
        connect.resumeConnector("history");
        connect.awaitRunning("history", 1);
        List<TopicRecords> records = awaitRows("ha.ha.t", 10);

        rows.assertRecordsMatch("p0", 1, 3, records);
        rows.assertRecordsMatch("p1", 4, 5, records);
        rows.assertRecordsMatch("p2", 6, 7, records);
        rows.assertRecordsMatch("p3", 8, 9, records);
        rows.assertRecordsMatch("p4", 10, 10, records);
        assertThat(connect.status("history").tasks().get(0).state()).isEqualTo("RUNNING");
        List<String> ddl = TopicRecords.of(connect.readAll("ha")).stream().map(r -> r.value().get("ddl").asText())
                .toList();
        assertThat(ddl).anyMatch(s -> s.contains("ADD COLUMN b")).anyMatch(s -> s.contains("DROP COLUMN a"))
                .noneMatch(s -> s.contains("dtle"));
        String history = String.join("\n", connect.readAll("ha.schema-history").stream()
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).toList());
        assertThat(history).contains("baseline", "ADD COLUMN b", "DROP COLUMN a");
    }

    @Test
    void withoutHistoryARestartRunsWhenNoDdlChangedACapturedTableAndFailsWhenOneDid() {
        mysql.execute("CREATE DATABASE hb", "CREATE TABLE hb.t (id INT PRIMARY KEY, a VARCHAR(20))",
                "CREATE DATABASE hb_other", "CREATE TABLE hb_other.t (id INT PRIMARY KEY)");
        RowsAtTheirTime rows = new RowsAtTheirTime(mysql, "hb.t", "hb_check");
        Map<String, String> config = SourceConfigs.of(mysql, "hb", "hb");
        config.put("snapshot.mode", "no_data");
        connect.createConnector("nohistory", config);
        connect.awaitRunning("nohistory", 1);
        mysql.execute("INSERT INTO hb.t VALUES (1, 'a1')");
        awaitRows("hb.hb.t", 1);

        connect.stopConnector("nohistory");
        awaitState("nohistory", "STOPPED");
        mysql.execute("INSERT INTO hb.t VALUES (2, 'a2')", "ALTER TABLE hb_other.t ADD COLUMN x INT");
        rows.keep("p0", 1, 2);
        connect.resumeConnector("nohistory");
        connect.awaitRunning("nohistory", 1);
        rows.assertRecordsMatch("p0", 1, 2, awaitRows("hb.hb.t", 2));

        connect.stopConnector("nohistory");
        awaitState("nohistory", "STOPPED");
        mysql.execute("INSERT INTO hb.t VALUES (3, 'a3')", "ALTER TABLE hb.t ADD COLUMN b INT");
        String gtids = mysql.gtidExecuted();
        String alterGtid = gtids.substring(0, gtids.indexOf(':') + 1) + gtids.substring(gtids.lastIndexOf('-') + 1);
        mysql.execute("INSERT INTO hb.t VALUES (4, 'a4', 4)");
        connect.resumeConnector("nohistory");

        String trace = connect.awaitFailure("nohistory");
        assertThat(trace).contains("hb.t", alterGtid, "ADD COLUMN b", "schema.history.kafka.bootstrap.servers",
                "re-snapshot");
        // Row 3 (before the ALTER) may have gone out while the task was stopping; row 4 never does.
        assertThat(TopicRecords.of(connect.readAll("hb.hb.t"))).extracting(TopicRecords::shortForm)
                .startsWith("c:1", "c:2").doesNotContain("c:4").isSubsetOf("c:1", "c:2", "c:3");
        // The ALTER of a table in a database not captured, run without a default database, was not emitted.
        assertThat(TopicRecords.of(connect.readAll("hb"))).noneMatch(r -> r.value().toString().contains("hb_other"));
    }

    private static List<TopicRecords> awaitRows(String topic, int ids) {
        Await.until(ids + " rows in " + topic, ConnectCluster.DEFAULT_TIMEOUT,
                () -> TopicRecords.of(connect.readAll(topic)).stream().map(r -> r.key().get("id").asInt())
                        .distinct().count() >= ids,
                () -> TopicRecords.of(connect.readAll(topic)).stream().map(TopicRecords::shortForm).toList()
                        .toString());
        return TopicRecords.of(connect.readAll(topic));
    }

    private static void awaitState(String connector, String state) {
        Await.until(connector + " " + state, ConnectCluster.DEFAULT_TIMEOUT,
                () -> state.equals(connect.status(connector).connector().state()),
                () -> connect.status(connector).toString());
    }
}
