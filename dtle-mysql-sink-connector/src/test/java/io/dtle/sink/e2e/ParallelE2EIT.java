package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One source stream applied by two sinks, parallel.workers=1 and parallel.workers=8 (commit order preserved, the
 * default), under a workload of hot rows (order-sensitive updates of a few rows) and independent inserts and deletes
 * over four tables, from four client threads. The source tracks WRITESET dependencies, so its logical clock lets
 * independent transactions overlap. Both targets end equal to the source, and each target committed the source
 * transactions exactly once and in source order: the target's binlog (whose order is the commit order, unlike an
 * auto-increment value taken when the bookkeeping row is inserted) lists the bookkeeping rows of the applied
 * source GTIDs in increasing order.
 */
class ParallelE2EIT {
    private static final int THREADS = 4;
    private static final int TRANSACTIONS_PER_THREAD = 750;
    private static final int HOT_ROWS = 3;
    private static final String[] TABLES = {"par.t0", "par.t1", "par.t2", "par.t3"};
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer serialTarget;
    @AutoClose
    private static LocalMySqlServer parallelTarget;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        source = withoutFsync(ServerOptions.mysql().argument("--binlog-transaction-dependency-tracking=WRITESET"));
        serialTarget = withoutFsync(ServerOptions.mysql());
        parallelTarget = withoutFsync(ServerOptions.mysql());
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void oneAndEightWorkersGiveTheSourceTablesAndCommitInSourceOrder() throws Exception {
        createTables();
        connect.createConnector("par-src", Jobs.source(source, "par", "par"));
        startSink("par1-dst", serialTarget, 1);
        startSink("par8-dst", parallelTarget, 8);
        Jobs.awaitRunning(connect, "par-src");
        Jobs.awaitEqual(source, parallelTarget, TIMEOUT, TABLES);

        long workloadStarted = System.nanoTime();
        AtomicInteger transactions = new AtomicInteger();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int client = thread;
            clients.add(CompletableFuture.runAsync(() -> workload(client, transactions)));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
        assertThat(transactions.get()).isEqualTo(THREADS * TRANSACTIONS_PER_THREAD);

        long started = System.nanoTime();
        System.out.printf("parallel e2e: %d source transactions in %.1f s%n", transactions.get(),
                (started - workloadStarted) / 1e9);
        Jobs.awaitEqual(source, parallelTarget, TIMEOUT, TABLES);
        System.out.printf("parallel e2e: 8 workers caught up %.1f s after the workload ended%n",
                (System.nanoTime() - started) / 1e9);
        Jobs.awaitEqual(source, serialTarget, TIMEOUT, TABLES);
        System.out.printf("parallel e2e: 1 worker caught up %.1f s after the workload ended%n",
                (System.nanoTime() - started) / 1e9);

        AppliedTransactions.assertOnceInSourceOrder(parallelTarget, transactions.get());
        AppliedTransactions.assertOnceInSourceOrder(serialTarget, transactions.get());
        connect.deleteConnector("par8-dst");
        connect.deleteConnector("par1-dst");
        connect.deleteConnector("par-src");
    }

    /** No fsync per commit: 3000 commits on a shared disk take minutes otherwise. Commit order is not affected. */
    private static LocalMySqlServer withoutFsync(ServerOptions.Builder options) {
        return options.argument("--sync-binlog=0").argument("--innodb-flush-log-at-trx-commit=2").start();
    }

    private static void createTables() {
        List<String> sql = new ArrayList<>(List.of("CREATE DATABASE par"));
        for (String table : TABLES) {
            sql.add("CREATE TABLE " + table + " (id INT PRIMARY KEY, v BIGINT NOT NULL, note VARCHAR(40))");
            for (int id = 1; id <= HOT_ROWS; id++) {
                sql.add("INSERT INTO " + table + " VALUES (" + id + ", " + id + ", 'hot')");
            }
        }
        source.execute(sql.toArray(String[]::new));
    }

    private static void startSink(String name, LocalMySqlServer target, int workers) {
        Map<String, String> sink = Jobs.sink(target, "par");
        sink.put("parallel.workers", Integer.toString(workers));
        connect.createConnector(name, sink);
        Jobs.awaitRunning(connect, name);
    }

    /**
     * One client's transactions, each changing at least one row (so each reaches the sinks): 40% fold an amount into
     * one or two hot rows (the result depends on the order of the updates), 50% insert a new row, 10% delete one of
     * the client's earlier inserts or, when there is none, insert.
     */
    private static void workload(int client, AtomicInteger transactions) {
        Random random = new Random(100 + client);
        List<String> inserted = new ArrayList<>();
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                int kind = random.nextInt(10);
                String note = "'c" + client + "-" + i + "'";
                if (kind < 4) {
                    for (String update : folds(random, note, kind < 2 ? 2 : 1)) {
                        statement.execute(update);
                    }
                } else if (kind < 9 || inserted.isEmpty()) {
                    String table = TABLES[random.nextInt(TABLES.length)];
                    int id = 1000 + client * 100_000 + i;
                    statement.execute("INSERT INTO " + table + " VALUES (" + id + ", " + random.nextInt(1000) + ", "
                            + note + ")");
                    inserted.add(table + " WHERE id = " + id);
                } else {
                    statement.execute("DELETE FROM " + inserted.remove(random.nextInt(inserted.size())));
                }
                connection.commit();
                transactions.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("client " + client + " failed: " + e.getMessage(), e);
        }
    }

    /** Updates of {@code count} hot rows, in table and key order so that two clients never deadlock. */
    private static List<String> folds(Random random, String note, int count) {
        TreeMap<String, String> byRow = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String table = TABLES[random.nextInt(TABLES.length)];
            int id = 1 + random.nextInt(HOT_ROWS);
            byRow.put(table + ":" + id, "UPDATE " + table + " SET v = (v * 31 + " + (1 + random.nextInt(1000))
                    + ") % 1000000007, note = " + note + " WHERE id = " + id);
        }
        return List.copyOf(byRow.values());
    }
}
