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
        config.put("table.include.list", "ni\\.a,ni\\.b");
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
        assertThat(connect.status("newly-included").tasks().get(0).state()).isEqualTo("RUNNING");
    }
}
