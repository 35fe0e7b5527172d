package io.dtle.sink.parallel;

import com.zaxxer.hikari.HikariDataSource;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Not a test: measures single-row transactions per second with 1 and 8 workers on one MySQL 8.0.33 target.
 *
 * <pre>
 * java -cp ... io.dtle.sink.parallel.ParallelApplyBenchmark
 *   -Dbench.transactions=200000   transactions per run
 *   -Dbench.workers=1,8           worker counts to run
 *   -Dbench.preserveOrder=true,false  commit-order modes to run (workers=1 runs once: the modes are the same)
 *   -Dbench.durable=true          true: innodb_flush_log_at_trx_commit=1, sync_binlog=1 (MySQL's defaults, as a
 *                                 production target runs); false: 2 and 0
 * </pre>
 */
public final class ParallelApplyBenchmark {
    private static final RetryPolicy RETRIES = RetryPolicy.defaults();

    private ParallelApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int transactions = Integer.getInteger("bench.transactions", 200_000);
        List<Integer> workerCounts = Arrays.stream(System.getProperty("bench.workers", "1,8").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        List<Boolean> orders = Arrays.stream(System.getProperty("bench.preserveOrder", "true,false").split(","))
                .map(String::trim).map(Boolean::valueOf).toList();
        boolean durable = Boolean.parseBoolean(System.getProperty("bench.durable", "true"));

        ServerOptions.Builder options = ServerOptions.mysql().argument("--max-connections=200");
        if (!durable) {
            options.argument("--innodb-flush-log-at-trx-commit=2").argument("--sync-binlog=0");
        }
        try (LocalMySqlServer target = options.start()) {
            System.out.printf("target %s: innodb_flush_log_at_trx_commit=%s sync_binlog=%s, %d single-row"
                    + " transactions per run, %d cores%n", target.jdbcUrl(),
                    target.queryString("SELECT @@innodb_flush_log_at_trx_commit"),
                    target.queryString("SELECT @@sync_binlog"), transactions,
                    Runtime.getRuntime().availableProcessors());
            target.execute("CREATE DATABASE bench");
            Double serial = null;
            int run = 0;
            for (int workers : workerCounts) {
                for (boolean preserveOrder : workers == 1 ? List.of(true) : orders) {
                    double rate = run(target, "t" + (++run), transactions,
                            ParallelOptions.forWorkers(workers).withPreserveCommitOrder(preserveOrder));
                    if (workers == 1) {
                        serial = rate;
                    }
                    String ratio = serial == null || workers == 1 ? "" : String.format(", %.2fx workers=1", rate / serial);
                    System.out.printf("RESULT workers=%d preserveCommitOrder=%s durable=%s: %.0f transactions/s%s%n",
                            workers, preserveOrder, durable, rate, ratio);
                }
            }
        }
    }

    private static double run(LocalMySqlServer target, String table, int transactions, ParallelOptions options)
            throws InterruptedException {
        target.execute("CREATE TABLE bench." + table + " (id BIGINT PRIMARY KEY, payload VARCHAR(64) NOT NULL,"
                + " amount INT NOT NULL)");
        List<ApplyUnit> units = new ArrayList<>(transactions);
        for (int n = 1; n <= transactions; n++) {
            String sql = "INSERT INTO bench." + table + " VALUES (" + n + ", 'row " + n + " of the benchmark', "
                    + (n % 1000) + ")";
            units.add(new StatementUnit("bench:" + n, Set.of(n), StatementUnit.statements(List.of(sql)), u -> { }));
        }
        long start;
        long nanos;
        try (HikariDataSource pool = TargetPool.on(target, options.workers());
                ParallelApplier applier = new ParallelApplier(pool, options, RETRIES)) {
            start = System.nanoTime();
            for (ApplyUnit unit : units) {
                applier.submit(unit);
            }
            applier.drain();
            nanos = System.nanoTime() - start;
            System.out.printf("  %s: %s, commit-order waits %d, rollbacks %d, retries %d%n", options,
                    Duration.ofNanos(nanos), applier.getCommitOrderWaits(), applier.getCommitOrderRollbacks(),
                    applier.getRetries());
        }
        String count = target.queryString("SELECT COUNT(*) FROM bench." + table);
        if (!String.valueOf(transactions).equals(count)) {
            throw new IllegalStateException("expected " + transactions + " rows in bench." + table + ", found " + count);
        }
        return transactions / (nanos / 1e9);
    }
}
