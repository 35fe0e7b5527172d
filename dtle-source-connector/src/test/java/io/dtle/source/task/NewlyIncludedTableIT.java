package io.dtle.source.task;

import static io.dtle.source.task.DdlAcrossRestarts.awaitRows;
import static io.dtle.source.task.DdlAcrossRestarts.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: a table added to table.include.list of a connector with a schema history. The history's baseline and
 * DDL entries hold the table although it was not captured, so after the restart its rows logged since the stored
 * offset decode with the columns the table had when each row was written (its ALTERs before and after the offset
 * included). Its rows before the offset are not emitted: like Debezium, a newly included table is not snapshotted.
 */
class NewlyIncludedTableIT {
    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).name("dtle-newly-included").start();
    }

    @Test
    void aTableAddedToTheIncludeListDecodesWithItsColumnsAtEachRow() {
        mysql.execute("CREATE DATABASE ni", "CREATE TABLE ni.a (id INT PRIMARY KEY, v VARCHAR(20))",
                "CREATE TABLE ni.b (id INT PRIMARY KEY, v VARCHAR(20))", "INSERT INTO ni.b VALUES (1, 'b1')");
        RowsAtTheirTime rows = new RowsAtTheirTime(mysql, "ni.b", "ni_check");
        Map<String, String> config = SourceConfigs.of(connect, mysql, "ni", "ni");
        config.put("table.include.list", "ni\\.a");
        connect.createConnector("newly-included", config);
        connect.awaitRunning("newly-included", 1);

        // While b is not captured: a row, and an ALTER the history must keep for b.
        mysql.execute("INSERT INTO ni.b VALUES (2, 'b2')", "ALTER TABLE ni.b ADD COLUMN c INT",
                "INSERT INTO ni.b VALUES (3, 'b3', 3)", "INSERT INTO ni.a VALUES (1, 'a1')");
        awaitRows(connect, "ni.ni.a", 1);
        stop(connect, "newly-included");

        // While stopped, after the stored offset: rows before and after another ALTER of b.
        mysql.execute("INSERT INTO ni.b VALUES (4, 'b4', 4)");
        rows.keep("p1", 4, 4);
        mysql.execute("ALTER TABLE ni.b DROP COLUMN v", "INSERT INTO ni.b VALUES (5, 5)");
        rows.keep("p2", 5, 5);
        // A table created after the offset: the stream reads its CREATE TABLE.
        mysql.execute("CREATE TABLE ni.d (id INT PRIMARY KEY, w INT)", "INSERT INTO ni.d VALUES (1, 1)");
        RowsAtTheirTime created = new RowsAtTheirTime(mysql, "ni.d", "nd_check");
        created.keep("d", 1, 1);
        config.put("table.include.list", "ni\\.a,ni\\.b,ni\\.d");
        connect.createConnector("newly-included", config);
        connect.resumeConnector("newly-included");
        connect.awaitRunning("newly-included", 1);
        mysql.execute("INSERT INTO ni.b VALUES (6, 6)", "INSERT INTO ni.a VALUES (2, 'a2')");
        rows.keep("p3", 6, 6);

        List<TopicRecords> records = awaitRows(connect, "ni.ni.b", 3);
        assertThat(records).extracting(TopicRecords::shortForm).containsExactly("c:4", "c:5", "c:6");
        rows.assertRecordsMatch("p1", 4, 4, records);
        rows.assertRecordsMatch("p2", 5, 5, records);
        rows.assertRecordsMatch("p3", 6, 6, records);
        created.assertRecordsMatch("d", 1, 1, awaitRows(connect, "ni.ni.d", 1));
        assertThat(connect.status("newly-included").tasks().get(0).state()).isEqualTo("RUNNING");
    }

    /**
     * A table the history never saw (here hidden from the connector's user until a later GRANT; likewise any table
     * of a history written before the history kept every table) takes today's definition if no DDL changed it since
     * the stored offset, and stops the task with what to do if one did.
     */
    @Test
    void aTableTheHistoryNeverSawTakesTodaysDefinitionUnlessAlteredSince() {
        mysql.execute("CREATE DATABASE nh", "CREATE TABLE nh.a (id INT PRIMARY KEY, v VARCHAR(20))",
                "CREATE TABLE nh.b (id INT PRIMARY KEY, v VARCHAR(20))",
                "CREATE TABLE nh.c (id INT PRIMARY KEY, v VARCHAR(20))",
                "CREATE USER 'narrow'@'%' IDENTIFIED BY 'pw'",
                "GRANT REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO 'narrow'@'%'",
                "GRANT SELECT ON nh.a TO 'narrow'@'%'");
        RowsAtTheirTime rows = new RowsAtTheirTime(mysql, "nh.b", "nh_check");
        Map<String, String> config = SourceConfigs.of(connect, mysql, "nh", "nh");
        config.put("database.user", "narrow");
        config.put("database.password", "pw");
        config.put("table.include.list", "nh\\.a");
        connect.createConnector("never-saw", config);
        connect.awaitRunning("never-saw", 1);
        mysql.execute("INSERT INTO nh.b VALUES (1, 'b1')", "INSERT INTO nh.a VALUES (1, 'a1')");
        awaitRows(connect, "nh.nh.a", 1);
        stop(connect, "never-saw");

        mysql.execute("INSERT INTO nh.b VALUES (2, 'b2')", "GRANT SELECT ON nh.b TO 'narrow'@'%'");
        rows.keep("p1", 2, 2);
        config.put("table.include.list", "nh\\.a,nh\\.b");
        connect.createConnector("never-saw", config);
        connect.resumeConnector("never-saw");
        connect.awaitRunning("never-saw", 1);
        mysql.execute("INSERT INTO nh.b VALUES (3, 'b3')");
        rows.keep("p2", 3, 3);
        List<TopicRecords> records = awaitRows(connect, "nh.nh.b", 2);
        assertThat(records).extracting(TopicRecords::shortForm).containsExactly("c:2", "c:3");
        rows.assertRecordsMatch("p1", 2, 2, records);
        rows.assertRecordsMatch("p2", 3, 3, records);

        stop(connect, "never-saw");
        mysql.execute("INSERT INTO nh.c VALUES (1, 'c1')", "ALTER TABLE nh.c ADD COLUMN x INT",
                "GRANT SELECT ON nh.c TO 'narrow'@'%'");
        config.put("table.include.list", "nh\\.a,nh\\.b,nh\\.c");
        connect.createConnector("never-saw", config);
        connect.resumeConnector("never-saw");
        String trace = connect.awaitFailure("never-saw");
        assertThat(trace).contains("nh.c", "ADD COLUMN x", "no definition of it at that offset", "re-snapshot");
    }
}
