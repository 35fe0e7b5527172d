package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manual's n:1 aggregation: two sources with the same table, two jobs (full copy then incremental) into one
 * target table. Both sinks create the target table from their snapshot's definition; the sink makes that
 * {@code CREATE TABLE IF NOT EXISTS}, so the second one finds it there and goes on, and skip.create.db.table is not
 * needed. The target must hold exactly the union of the sources' rows: a scratch table on the target gets a copy of
 * both sources' rows, and TableComparer compares it with the target table row by row.
 */
class AggregationIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @AutoClose
    private static LocalMySqlServer src1;
    @AutoClose
    private static LocalMySqlServer src2;
    @AutoClose
    private static LocalMySqlServer target;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        src1 = LocalMySqlServer.mysql();
        src2 = LocalMySqlServer.mysql();
        target = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void twoSourcesAggregateIntoOneTargetTable() {
        createDemoTable(src1, "demo", 1);
        createDemoTable(src2, "demo", 4);
        startJob("agg1", src1, "demo", Map.of());
        startJob("agg2", src2, "demo", Map.of());

        src1.execute("INSERT INTO demo.demo_tbl VALUES (11, 'eleven')");
        src2.execute("INSERT INTO demo.demo_tbl VALUES (12, 'twelve')");

        awaitUnion("demo.demo_tbl", "demo.demo_tbl", "demo.demo_tbl");
        assertThat(target.queryString("SELECT GROUP_CONCAT(a ORDER BY a) FROM demo.demo_tbl"))
                .isEqualTo("1,2,3,4,5,6,11,12");
        Jobs.stop(connect, "agg1");
        Jobs.stop(connect, "agg2");
    }

    /** database.rename on both sinks: sources' databases east and west land in one target database agg. */
    @Test
    void twoSourcesAggregateIntoARenamedTargetDatabase() {
        createDemoTable(src1, "east", 1);
        createDemoTable(src2, "west", 4);
        startJob("ren1", src1, "east", Map.of("database.rename.east", "agg"));
        startJob("ren2", src2, "west", Map.of("database.rename.west", "agg"));

        src1.execute("INSERT INTO east.demo_tbl VALUES (11, 'eleven')", "UPDATE east.demo_tbl SET b = 'uno' WHERE a = 1");
        src2.execute("INSERT INTO west.demo_tbl VALUES (12, 'twelve')", "DELETE FROM west.demo_tbl WHERE a = 5");

        awaitUnion("agg.demo_tbl", "east.demo_tbl", "west.demo_tbl");
        assertThat(target.queryString("SELECT GROUP_CONCAT(a ORDER BY a) FROM agg.demo_tbl"))
                .isEqualTo("1,2,3,4,6,11,12");
        assertThat(target.queryString("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                + "WHERE SCHEMA_NAME IN ('east', 'west')")).as("source database names on the target").isEqualTo("0");
        Jobs.stop(connect, "ren1");
        Jobs.stop(connect, "ren2");
    }

    private static void createDemoTable(LocalMySqlServer source, String database, int firstRow) {
        source.execute("CREATE DATABASE " + database,
                "CREATE TABLE " + database + ".demo_tbl (a INT PRIMARY KEY, b VARCHAR(20))",
                "INSERT INTO " + database + ".demo_tbl VALUES (" + firstRow + ", 'r" + firstRow + "'), ("
                        + (firstRow + 1) + ", 'r" + (firstRow + 1) + "'), (" + (firstRow + 2) + ", 'r"
                        + (firstRow + 2) + "')");
    }

    private static void startJob(String name, LocalMySqlServer source, String database, Map<String, String> sinkKeys) {
        Jobs.start(connect, name, Jobs.source(source, name, database), Jobs.with(Jobs.sink(target, name), sinkKeys));
    }


    /** Waits until the target table equals the union of one table of each source; the sources no longer change. */
    private static void awaitUnion(String targetTable, String src1Table, String src2Table) {
        String expected = "expected." + targetTable.replace('.', '_');
        UnionTable.build(target, expected, new UnionTable.Part(src1, src1Table), new UnionTable.Part(src2, src2Table));
        Jobs.awaitEqual(TIMEOUT, TableComparer.between(target, target).table(expected, targetTable));
    }
}
