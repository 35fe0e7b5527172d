package io.dtle.smt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.e2e.Jobs;
import io.dtle.smt.WhereFilter;
import io.dtle.testing.Await;
import io.dtle.testing.ComparisonReport;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, the manual's 1:n split by row condition: one source read once (ordered topic), two sinks each with a
 * WhereFilter, demo_tbl rows with a<5 to dst1 and a>=5 to dst2 (and the same for a second table whose condition
 * column is not the key). Full copy, then inserts, updates inside one side, updates that move a row across the
 * boundary both ways (the update rule: a delete on one target and an insert on the other), key changes and
 * deletes. Each target ends equal to the source's rows that satisfy its condition, and the two are a partition.
 */
class SplitByRowIT {
    private static final String[] TABLES = {"demo.demo_tbl", "demo.orders"};
    private static final String DST1 = "a<5";
    private static final String DST2 = "a>=5";

    @Test
    void twoTargetsEndAsTheExactPartitionOfTheSource() {
        try (LocalMySqlServer source = LocalMySqlServer.mysql(); LocalMySqlServer dst1 = LocalMySqlServer.mysql();
             LocalMySqlServer dst2 = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).name("dtle-split").start()) {
            source.execute("CREATE DATABASE demo",
                    "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(40))",
                    "CREATE TABLE demo.orders (id INT PRIMARY KEY, a INT NOT NULL, note VARCHAR(40))",
                    "INSERT INTO demo.demo_tbl VALUES (1, 'one'), (2, 'two'), (4, 'four'), (5, 'five'), (9, 'nine')",
                    "INSERT INTO demo.orders WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                            + "WHERE n < 200) SELECT n, n % 10, CONCAT('order ', n) FROM seq");
            connect.createConnector("split-source", Jobs.source(source, "split", "demo"));
            connect.createConnector("split-dst1", filteredSink(dst1, DST1));
            connect.createConnector("split-dst2", filteredSink(dst2, DST2));
            for (String name : List.of("split-source", "split-dst1", "split-dst2")) {
                connect.awaitRunning(name, 1);
            }
            awaitPartition(source, dst1, dst2);

            new SplitLoad(source, 600).run();
            ComparisonReport[] reports = awaitPartition(source, dst1, dst2);

            for (String table : TABLES) {
                long sourceRows = Long.parseLong(source.queryString("SELECT COUNT(*) FROM " + table));
                long first = reports[0].table(table).right().rows();
                long second = reports[1].table(table).right().rows();
                assertThat(first).as(table + " rows on dst1").isPositive();
                assertThat(second).as(table + " rows on dst2").isPositive();
                assertThat(first + second).as(table + " rows on dst1 and dst2 together").isEqualTo(sourceRows);
            }
            assertThat(dst1.queryString("SELECT COUNT(*) FROM demo.orders WHERE NOT (" + DST1 + ")")).isEqualTo("0");
            assertThat(dst2.queryString("SELECT COUNT(*) FROM demo.orders WHERE NOT (" + DST2 + ")")).isEqualTo("0");
        }
    }

    private static Map<String, String> filteredSink(LocalMySqlServer target, String condition) {
        Map<String, String> config = Jobs.sink(target, "split");
        config.put("transforms", "where");
        config.put("transforms.where.type", WhereFilter.class.getName());
        for (String table : TABLES) {
            config.put("transforms.where.where." + table, condition);
        }
        return config;
    }

    /** Waits until each target equals the source's rows of its condition; returns both final comparisons. */
    private static ComparisonReport[] awaitPartition(LocalMySqlServer source, LocalMySqlServer dst1,
                                                     LocalMySqlServer dst2) {
        return new ComparisonReport[] {awaitEqual(source, dst1, DST1), awaitEqual(source, dst2, DST2)};
    }

    private static ComparisonReport awaitEqual(LocalMySqlServer source, LocalMySqlServer target, String condition) {
        ComparisonReport[] last = new ComparisonReport[1];
        Await.until("the target to equal the source's rows where " + condition, Duration.ofSeconds(90), () -> {
            last[0] = compare(source, target, condition).compare();
            return last[0].equal();
        }, () -> last[0] == null ? "no comparison yet" : last[0].describe());
        return compare(source, target, condition).assertEqual();
    }

    private static TableComparer compare(LocalMySqlServer source, LocalMySqlServer target, String condition) {
        TableComparer comparer = TableComparer.between(source, target).tables(TABLES);
        for (String table : TABLES) {
            comparer.leftWhere(table, condition);
        }
        return comparer;
    }

    /**
     * Changes on both tables: inserts on both sides of the boundary, updates that stay, updates that cross it both
     * ways (demo_tbl by its key a, orders by a plain column), deletes, and multi-statement transactions.
     */
    private record SplitLoad(LocalMySqlServer source, int transactions) {
        void run() {
            Random random = new Random(55);
            List<Integer> keys = new ArrayList<>(List.of(1, 2, 4, 5, 9));
            int nextHigh = 100;
            int nextLow = -1;
            int nextOrder = 201;
            for (int i = 0; i < transactions; i++) {
                int kind = random.nextInt(8);
                int order = 1 + random.nextInt(nextOrder - 1);
                switch (kind) {
                    case 0 -> {
                        int key = random.nextBoolean() ? nextHigh++ : nextLow--;
                        keys.add(key);
                        source.execute("INSERT INTO demo.demo_tbl VALUES (" + key + ", 'row " + key + "')");
                    }
                    case 1 -> {
                        // a key crossing the boundary: a delete on one target, an insert on the other
                        int from = keys.remove(random.nextInt(keys.size()));
                        int to = from < 5 ? nextHigh++ : nextLow--;
                        keys.add(to);
                        source.execute("UPDATE demo.demo_tbl SET a = " + to + ", b = 'moved " + i + "' WHERE a = "
                                + from);
                    }
                    case 2 -> source.execute("UPDATE demo.demo_tbl SET b = 'changed " + i + "' WHERE a = "
                            + keys.get(random.nextInt(keys.size())));
                    case 3 -> source.execute("UPDATE demo.orders SET a = " + random.nextInt(10) + ", note = 'set "
                            + i + "' WHERE id = " + order);
                    case 4 -> source.execute("UPDATE demo.orders SET a = IF(a < 5, a + 5, a - 5) WHERE id = " + order);
                    case 5 -> source.execute("INSERT INTO demo.orders VALUES (" + nextOrder++ + ", "
                            + random.nextInt(10) + ", 'new " + i + "')");
                    case 6 -> source.execute("DELETE FROM demo.orders WHERE id = " + order);
                    default -> source.execute("BEGIN",
                            "UPDATE demo.orders SET a = 9 - a WHERE id BETWEEN " + order + " AND " + (order + 5),
                            "INSERT INTO demo.orders VALUES (" + nextOrder++ + ", " + random.nextInt(10) + ", 'tx "
                                    + i + "')",
                            "DELETE FROM demo.demo_tbl WHERE a = " + keys.remove(random.nextInt(keys.size())),
                            "COMMIT");
                }
                if (keys.size() < 3) {
                    keys.add(nextHigh);
                    source.execute("INSERT INTO demo.demo_tbl VALUES (" + nextHigh++ + ", 'refill')");
                }
            }
        }
    }
}
