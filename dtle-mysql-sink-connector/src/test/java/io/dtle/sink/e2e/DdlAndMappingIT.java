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
 * What the sink does with table definitions: creates the target's databases and tables from the snapshot, replays
 * DDL of the stream between row changes, drops stale tables before a full copy when asked, writes into renamed
 * tables and mapped columns, and refuses to guess when told not to create tables. One source, one target, one
 * database per method.
 */
class DdlAndMappingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

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
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void createsTablesFromTheSnapshotAndReplaysDdlBetweenRowChanges() {
        source.execute("CREATE DATABASE ddl_auto",
                "CREATE TABLE ddl_auto.t1 (id INT PRIMARY KEY, a VARCHAR(20), b INT)",
                "CREATE TABLE ddl_auto.t2 (id INT PRIMARY KEY, v DECIMAL(8,2))",
                "INSERT INTO ddl_auto.t1 VALUES (1, 'one', 10), (2, 'two', 20)",
                "INSERT INTO ddl_auto.t2 VALUES (1, 1.25)");
        startJob("auto", "ddl_auto", Map.of());
        Jobs.awaitEqual(TIMEOUT, TableComparer.between(source, target).schemas("ddl_auto"));

        source.execute("INSERT INTO ddl_auto.t1 VALUES (3, 'three', 30)",
                "ALTER TABLE ddl_auto.t1 ADD COLUMN mid INT NOT NULL DEFAULT 7 AFTER a",
                "INSERT INTO ddl_auto.t1 (id, a, mid, b) VALUES (4, 'four', 44, 40)",
                "UPDATE ddl_auto.t1 SET mid = mid + 1 WHERE id <= 2",
                "ALTER TABLE ddl_auto.t1 DROP COLUMN b",
                "INSERT INTO ddl_auto.t1 VALUES (5, 'five', 55)",
                "ALTER TABLE ddl_auto.t1 MODIFY a VARCHAR(60) NOT NULL DEFAULT ''",
                "UPDATE ddl_auto.t1 SET a = REPEAT('x', 50) WHERE id = 5",
                "INSERT INTO ddl_auto.t2 VALUES (2, 2.50)",
                "RENAME TABLE ddl_auto.t2 TO ddl_auto.t2_renamed",
                "INSERT INTO ddl_auto.t2_renamed VALUES (3, 3.75)",
                "DELETE FROM ddl_auto.t2_renamed WHERE id = 1",
                "CREATE TABLE ddl_auto.t3 (id INT PRIMARY KEY, note TEXT)",
                "INSERT INTO ddl_auto.t3 VALUES (1, 'gone after the truncate'), (2, 'also gone')",
                "TRUNCATE TABLE ddl_auto.t3",
                "INSERT INTO ddl_auto.t3 VALUES (3, 'after the truncate')",
                "CREATE TABLE ddl_auto.t4 (id INT PRIMARY KEY)",
                "INSERT INTO ddl_auto.t4 VALUES (1)",
                "DROP TABLE ddl_auto.t4",
                "BEGIN", "INSERT INTO ddl_auto.t1 VALUES (6, 'six', 66)", "UPDATE ddl_auto.t3 SET note = 'last'",
                "COMMIT");

        Jobs.awaitEqual(TIMEOUT, TableComparer.between(source, target).schemas("ddl_auto"));
        for (String table : new String[] {"t1", "t2_renamed", "t3"}) {
            assertThat(Schemas.showCreate(target, "ddl_auto." + table)).as("definition of " + table)
                    .isEqualTo(Schemas.showCreate(source, "ddl_auto." + table));
        }
        assertThat(columnList(target, "ddl_auto")).isEqualTo(columnList(source, "ddl_auto"));
        Jobs.stop(connect, "auto");
    }

    @Test
    void dropTableIfExistsReplacesAStaleTargetTable() {
        source.execute("CREATE DATABASE ddl_drop", "CREATE TABLE ddl_drop.t (id INT PRIMARY KEY, v VARCHAR(20))",
                "INSERT INTO ddl_drop.t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        target.execute("CREATE DATABASE ddl_drop", "CREATE TABLE ddl_drop.t (id INT PRIMARY KEY, legacy TEXT, n INT)",
                "INSERT INTO ddl_drop.t VALUES (1, 'stale', 1), (99, 'stale', 99)");
        startJob("drop", "ddl_drop", Map.of("drop.table.if.exists", "true"));
        source.execute("INSERT INTO ddl_drop.t VALUES (4, 'd')", "UPDATE ddl_drop.t SET v = 'A' WHERE id = 1");

        Jobs.awaitEqual(TIMEOUT, TableComparer.between(source, target).schemas("ddl_drop"));
        Jobs.stop(connect, "drop");
    }

    /**
     * table.rename and columns.<db>.<table>: source ddl_map.t (a, b, c, d) goes to the pre-created target table
     * ddl_map.t_2020, b into column b2, d not at all. The expected rows are a view on the source that makes the same
     * projection, in a database the job does not capture.
     */
    @Test
    void writesIntoARenamedTableThroughAColumnMap() {
        source.execute("CREATE DATABASE ddl_map",
                "CREATE TABLE ddl_map.t (a INT PRIMARY KEY, b VARCHAR(20), c INT, d TEXT)",
                "INSERT INTO ddl_map.t VALUES (1, 'one', 10, 'not copied'), (2, 'two', NULL, NULL)",
                "CREATE DATABASE expected_map",
                "CREATE VIEW expected_map.t_2020 AS SELECT a, b AS b2, c FROM ddl_map.t");
        target.execute("CREATE DATABASE ddl_map", "CREATE TABLE ddl_map.t_2020 (a INT PRIMARY KEY, b2 VARCHAR(20), c INT)");
        startJob("map", "ddl_map", Map.of("table.rename.ddl_map.t", "t_2020", "columns.ddl_map.t", "a,b:b2,c"));
        source.execute("INSERT INTO ddl_map.t VALUES (3, 'three', 30, 'x')", "UPDATE ddl_map.t SET b = 'uno' WHERE a = 1",
                "UPDATE ddl_map.t SET d = 'only d' WHERE a = 2", "DELETE FROM ddl_map.t WHERE a = 3",
                "INSERT INTO ddl_map.t VALUES (4, 'four', 40, 'y')");

        Jobs.awaitEqual(TIMEOUT, TableComparer.between(source, target).table("expected_map.t_2020", "ddl_map.t_2020"));
        assertThat(target.queryString("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'ddl_map' "
                + "AND TABLE_NAME = 't'")).as("a table under the source name").isEqualTo("0");
        Jobs.stop(connect, "map");
    }

    /** skip.create.db.table=true and no target table: the task fails naming it; once created, the job completes. */
    @Test
    void skipCreateWithAMissingTargetTableFailsNamingTheTable() {
        source.execute("CREATE DATABASE ddl_skip", "CREATE TABLE ddl_skip.t (id INT PRIMARY KEY, v INT)",
                "INSERT INTO ddl_skip.t VALUES (1, 1), (2, 2)");
        Map<String, String> sink = Jobs.sink(target, "skip");
        sink.put("skip.create.db.table", "true");
        connect.createConnector("skip-src", Jobs.source(source, "skip", "ddl_skip"));
        connect.createConnector("skip-dst", sink);

        String trace = connect.awaitFailure("skip-dst");
        assertThat(trace).contains("ddl_skip.t").contains("does not exist");
        assertThat(target.queryString("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'ddl_skip'"))
                .as("databases created despite skip.create.db.table").isEqualTo("0");

        Schemas.copy(source, target, "ddl_skip.t");
        connect.deleteConnector("skip-dst");
        connect.createConnector("skip-dst", sink);
        Jobs.awaitRunning(connect, "skip-dst");
        source.execute("INSERT INTO ddl_skip.t VALUES (3, 3)");
        Jobs.awaitEqual(TIMEOUT, TableComparer.between(source, target).schemas("ddl_skip"));
        Jobs.stop(connect, "skip");
    }

    private static void startJob(String name, String database, Map<String, String> sinkKeys) {
        Jobs.start(connect, name, Jobs.source(source, name, database), Jobs.with(Jobs.sink(target, name), sinkKeys));
    }


    /** Every column of the database's tables with its position, type, nullability and default. */
    private static String columnList(LocalMySqlServer server, String database) {
        return server.queryString("SELECT GROUP_CONCAT(CONCAT_WS(' ', TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, "
                + "COLUMN_TYPE, IS_NULLABLE, IFNULL(COLUMN_DEFAULT, 'NULL')) ORDER BY TABLE_NAME, ORDINAL_POSITION "
                + "SEPARATOR '\\n') FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '" + database + "'");
    }
}
