package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 1:n split by table: table shop.a goes to one target, shop.b to another. The sink has no key to take only some
 * tables of an ordered topic (an ordered topic carries whole source transactions, and the sink applies them whole),
 * so the split is made where a dtle user makes it: one job per destination, each source connector with its own
 * table.include.list and topic prefix, as dtle's jobs with their own ReplicateDoDb table lists (and the translator)
 * do. Each target then gets only its table, from the snapshot's definition on; a source transaction that writes
 * both tables reaches each target as its own part.
 */
class SplitByTableIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer targetA;
    @AutoClose
    private static LocalMySqlServer targetB;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        source = LocalMySqlServer.mysql();
        targetA = LocalMySqlServer.mysql();
        targetB = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void eachTargetGetsOnlyItsTable() {
        source.execute("CREATE DATABASE shop",
                "CREATE TABLE shop.a (id INT PRIMARY KEY, v VARCHAR(20))",
                "CREATE TABLE shop.b (id INT PRIMARY KEY, amount DECIMAL(10,2))",
                "INSERT INTO shop.a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3')",
                "INSERT INTO shop.b VALUES (1, 1.50), (2, 2.50)");
        startJob("split-a", "shop\\.a", targetA);
        startJob("split-b", "shop\\.b", targetB);

        source.execute("BEGIN", "INSERT INTO shop.a VALUES (4, 'a4')", "INSERT INTO shop.b VALUES (3, 3.50)",
                "UPDATE shop.a SET v = 'one' WHERE id = 1", "DELETE FROM shop.b WHERE id = 2", "COMMIT");
        for (int i = 10; i < 60; i++) {
            source.execute("INSERT INTO shop." + (i % 2 == 0 ? "a VALUES (" + i + ", 'a" + i + "')"
                    : "b VALUES (" + i + ", " + i + ".25)"));
        }
        source.execute("UPDATE shop.b SET amount = amount * 2 WHERE id > 20");

        Jobs.awaitEqual(source, targetA, TIMEOUT, "shop.a");
        Jobs.awaitEqual(source, targetB, TIMEOUT, "shop.b");
        assertThat(tablesOf(targetA)).as("tables of target A").isEqualTo("a");
        assertThat(tablesOf(targetB)).as("tables of target B").isEqualTo("b");
        Jobs.stop(connect, "split-a");
        Jobs.stop(connect, "split-b");
    }

    private static void startJob(String name, String tables, LocalMySqlServer target) {
        Jobs.start(connect, name, Jobs.with(Jobs.source(source, name, "shop"), Map.of("table.include.list", tables)),
                Jobs.sink(target, name));
    }

    private static String tablesOf(LocalMySqlServer target) {
        return target.queryString("SELECT GROUP_CONCAT(TABLE_NAME ORDER BY TABLE_NAME) FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = 'shop'");
    }
}
