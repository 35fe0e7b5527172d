package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ProcessWorker;
import io.dtle.testing.WorkerRest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crashes under a mixed workload: workers killed with SIGKILL five times at random points and the target MySQL
 * restarted once, while bank transfers, multi-table orders, updates, deletes and one 100,000-row transaction flow.
 * The target ends equal to the source, every source transaction is applied exactly once (a trigger on the
 * bookkeeping table records each applied GTID under a unique key), and a reader of the target never sees half a
 * transfer.
 */
class SinkFailoverIT {
    private static final int ACCOUNTS = 50;
    private static final long BALANCE = 1000;
    private static final String[] TABLES = {"bank.accounts", "shop.orders", "shop.items", "big.t"};

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
        connect = ConnectCluster.builder().workers(1).name("dtle-sink-failover").start();
    }

    @Test
    void killedWorkersAndARestartedTargetLoseAndRepeatNothing() throws Exception {
        source.execute("CREATE DATABASE bank", "CREATE DATABASE shop", "CREATE DATABASE big",
                "CREATE TABLE bank.accounts (id INT PRIMARY KEY, balance BIGINT NOT NULL)",
                "CREATE TABLE shop.orders (id INT PRIMARY KEY, customer VARCHAR(20), amount DECIMAL(12,2), note TEXT)",
                "CREATE TABLE shop.items (order_id INT, line INT, sku VARCHAR(10), qty INT, PRIMARY KEY (order_id, line))",
                "CREATE TABLE big.t (id INT PRIMARY KEY, v VARCHAR(40))",
                "SET SESSION cte_max_recursion_depth = 100000",
                "INSERT INTO bank.accounts WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "
                        + ACCOUNTS + ") SELECT n, " + BALANCE + " FROM seq");
        Schemas.copy(source, target, TABLES);
        target.execute("CREATE DATABASE audit",
                "CREATE TABLE audit.applied (source_uuid BINARY(16), gno VARCHAR(40), PRIMARY KEY (source_uuid, gno))");
        SinkTriggers.recordAppliedGtids(target);

        List<ProcessWorker> workers = new ArrayList<>();
        workers.add(connect.startProcessWorker());
        workers.add(connect.startProcessWorker());
        connect.stopWorker();
        Map<String, String> sourceConfig = Jobs.source(source, "fo", "bank,shop,big");
        sourceConfig.put("max.batch.size", "500");
        Map<String, String> sinkConfig = Jobs.sink(target, "fo");
        sinkConfig.put("retry.backoff.ms", "500");
        sinkConfig.put("retry.tx.limit", "8");
        WorkerRest.putConfig(workers, "fo-src", sourceConfig);
        WorkerRest.putConfig(workers, "fo-dst", sinkConfig);
        Jobs.awaitEqual(source, target, Duration.ofSeconds(120), TABLES);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong violations = new AtomicLong();
        AtomicLong checks = new AtomicLong();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readBalances(stop, violations, checks));
        AtomicInteger transactions = new AtomicInteger();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> workload(transactions));

        Random random = new Random(20261124);
        for (int kill = 1; kill <= 5; kill++) {
            Thread.sleep(2000 + random.nextInt(4000));
            ProcessWorker victim = pickAlive(workers, random);
            victim.kill();
            workers.add(connect.startProcessWorker());
            System.out.printf("failover: killed worker %s (%d/5) after %d source transactions%n", victim.workerId(),
                    kill, transactions.get());
            if (kill == 3) {
                target.restart();
                System.out.printf("failover: restarted the target after %d source transactions%n", transactions.get());
            }
        }
        load.get();
        Jobs.awaitEqual(source, target, Duration.ofSeconds(240), TABLES);
        stop.set(true);
        reader.get();

        assertThat(WorkerRest.status(workers, "fo-dst")).as("sink status").doesNotContain("\"FAILED\"");
        long applied = Long.parseLong(target.queryString("SELECT COUNT(*) FROM audit.applied"));
        assertThat(applied).as("source transactions applied once each").isEqualTo(transactions.get());
        assertThat(violations.get()).as("reads of the target that saw half a transfer (of %d)", checks.get()).isZero();
        assertThat(checks.get()).isPositive();
        System.out.printf("failover: %d source transactions applied exactly once; %d consistent reads of the target%n",
                applied, checks.get());
    }

    private static ProcessWorker pickAlive(List<ProcessWorker> workers, Random random) {
        List<ProcessWorker> alive = workers.stream().filter(ProcessWorker::isAlive).toList();
        return alive.get(random.nextInt(alive.size()));
    }

    /** Source transactions that each change at least one row, so each reaches the sink. */
    private static void workload(AtomicInteger transactions) {
        Random random = new Random(7);
        int order = 0;
        for (int i = 0; i < 1500; i++) {
            int kind = random.nextInt(10);
            if (i == 400) {
                source.execute("SET SESSION cte_max_recursion_depth = 200000",
                        "INSERT INTO big.t WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                                + "WHERE n < 100000) SELECT n, CONCAT('big row ', n) FROM seq");
            } else if (kind < 4) {
                int from = 1 + random.nextInt(ACCOUNTS);
                int to = 1 + (from + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                int amount = 1 + random.nextInt(50);
                source.execute("BEGIN", "UPDATE bank.accounts SET balance = balance - " + amount + " WHERE id = " + from,
                        "UPDATE bank.accounts SET balance = balance + " + amount + " WHERE id = " + to, "COMMIT");
            } else if (kind < 7 || order < 5) {
                order++;
                source.execute("BEGIN", "INSERT INTO shop.orders VALUES (" + order + ", 'c" + random.nextInt(20)
                                + "', " + random.nextInt(10_000) + ".25, REPEAT('n', " + random.nextInt(200) + "))",
                        "INSERT INTO shop.items VALUES (" + order + ", 1, 'a', 1), (" + order + ", 2, 'b', 2), ("
                                + order + ", 3, 'c', 3)", "COMMIT");
            } else if (kind < 9) {
                int id = 1 + random.nextInt(order);
                source.execute("UPDATE shop.orders SET amount = amount + 1, note = CONCAT(note, 'u') WHERE id = " + id);
            } else {
                int id = 1 + random.nextInt(order);
                boolean present = "1".equals(source.queryString(
                        "SELECT COUNT(*) FROM shop.items WHERE order_id = " + id + " AND line = 1"));
                source.execute(present ? "DELETE FROM shop.items WHERE order_id = " + id + " AND line = 1"
                        : "INSERT INTO shop.items VALUES (" + id + ", 1, 'a', 1)");
            }
            transactions.incrementAndGet();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the target's total balance over and over: any other sum is half a transfer made visible. */
    private static void readBalances(AtomicBoolean stop, AtomicLong violations, AtomicLong checks) {
        while (!stop.get()) {
            try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
                while (!stop.get()) {
                    try (ResultSet sum = statement.executeQuery(
                            "SELECT COUNT(*), COALESCE(SUM(balance), 0) FROM bank.accounts")) {
                        sum.next();
                        if (sum.getLong(1) == ACCOUNTS) {
                            checks.incrementAndGet();
                            if (sum.getLong(2) != ACCOUNTS * BALANCE) {
                                violations.incrementAndGet();
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                pause(); // the target is restarting
            }
        }
    }
}
