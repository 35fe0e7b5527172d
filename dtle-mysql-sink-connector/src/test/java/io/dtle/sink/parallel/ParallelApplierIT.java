package io.dtle.sink.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import io.dtle.testing.Await;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import io.dtle.testing.TableComparer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The applier against real MySQL 8.0.33 targets. */
class ParallelApplierIT {
    private static final int HOT_UNITS = 20_000;
    private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(200));

    private static LocalMySqlServer target;

    @BeforeAll
    static void startTarget() {
        target = ServerOptions.mysql().start();
    }

    @AfterAll
    static void stopTarget() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    void eightWorkersOnHotRowsGiveTheSameTablesAsSerialApplyAndCommitInSubmissionOrder() throws Exception {
        try (LocalMySqlServer serial = ServerOptions.mysql().start();
                LocalMySqlServer parallel = ServerOptions.mysql().start();
                LocalMySqlServer relaxed = ServerOptions.mysql().start()) {
            applyHotRows(serial, ParallelOptions.forWorkers(1));
            ParallelApplier ordered = applyHotRows(parallel, ParallelOptions.forWorkers(8));
            applyHotRows(relaxed, ParallelOptions.forWorkers(8).withPreserveCommitOrder(false));

            TableComparer.between(serial, parallel).schemas("hot").assertEqual();
            TableComparer.between(serial, relaxed).schemas("hot").assertEqual();
            List<Long> commitOrder = BinlogCommitOrder.insertedFirstColumns(parallel, "hot", "log");
            assertThat(commitOrder).as("log rows in the parallel target's commit (binlog) order")
                    .isEqualTo(LongStream.rangeClosed(1, HOT_UNITS).boxed().toList());
            assertThat(ordered.getCommitOrderWaits()).as("workers really overlapped").isPositive();
        }
    }

    /** Applies the hot-row workload and checks callbacks and watermark; returns the closed applier for its counters. */
    private static ParallelApplier applyHotRows(LocalMySqlServer server, ParallelOptions options) throws Exception {
        HotRowWorkload.createSchema(server);
        List<String> callbacks = Collections.synchronizedList(new ArrayList<>());
        List<StatementUnit> units = HotRowWorkload.units(HOT_UNITS, 42, unit -> callbacks.add(unit.gtid()));
        long start = System.nanoTime();
        ParallelApplier applier;
        try (HikariDataSource pool = TargetPool.on(server, options.workers());
                ParallelApplier running = new ParallelApplier(pool, options, QUICK_RETRIES)) {
            applier = running;
            for (StatementUnit unit : units) {
                applier.submit(unit);
            }
            applier.drain();
            assertThat(applier.watermark()).contains(units.get(HOT_UNITS - 1));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d hot-row transactions in %.1f s (%.0f/s), commit-order waits %d, rollbacks %d,"
                + " retries %d%n", options, HOT_UNITS, seconds, HOT_UNITS / seconds, applier.getCommitOrderWaits(),
                applier.getCommitOrderRollbacks(), applier.getRetries());
        assertThat(callbacks).as("committed() callbacks in submission order")
                .isEqualTo(units.stream().map(StatementUnit::gtid).toList());
        assertThat(applier.getCommitted()).isEqualTo(HOT_UNITS);
        return applier;
    }

    @Test
    void aLaterUnitHoldingAGapLockAnEarlierUnitNeedsRollsBackInsteadOfDeadlocking() throws Exception {
        GapLockPair pair = new GapLockPair("gap", "");
        long start = System.nanoTime();
        try (HikariDataSource pool = TargetPool.on(target, 2);
                ParallelApplier applier = new ParallelApplier(pool, ParallelOptions.forWorkers(2), QUICK_RETRIES)) {
            applier.submit(pair.earlier);
            applier.submit(pair.later);
            applier.drain();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).as("far below innodb_lock_wait_timeout (%s s)",
                    target.queryString("SELECT @@innodb_lock_wait_timeout")).isLessThan(Duration.ofSeconds(10));
            assertThat(applier.getCommitOrderRollbacks()).isPositive();
            assertThat(applier.getRetries()).isZero();
        }
        assertThat(pair.commits).containsExactly("gap:1", "gap:2");
        assertThat(pair.later.applyCount()).isEqualTo(2);
        assertThat(target.queryString("SELECT GROUP_CONCAT(CONCAT(id, ':', k, ':', v) ORDER BY id) FROM gap.t"))
                .isEqualTo("1:10:0,2:20:1,3:30:0,4:15:1");
    }

    /** The control for the test above: without the bound the same pair waits for InnoDB's lock wait timeout. */
    @Test
    void withoutTheCommitOrderBoundTheSamePairWaitsForTheInnoDbLockTimeout() throws Exception {
        GapLockPair pair = new GapLockPair("gapctl", "SET SESSION innodb_lock_wait_timeout = 1");
        ParallelOptions patient = ParallelOptions.forWorkers(2).withCommitOrderWait(Duration.ofMinutes(5));
        try (HikariDataSource pool = TargetPool.on(target, 2);
                ParallelApplier applier = new ParallelApplier(pool, patient, new RetryPolicy(0, Duration.ZERO,
                        Duration.ZERO))) {
            applier.submit(pair.earlier);
            applier.submit(pair.later);
            assertThat(catchThrowable(applier::drain)).isInstanceOf(ApplyException.class)
                    .hasMessageContaining("gap:1").hasMessageContaining("1205");
        }
        assertThat(pair.commits).isEmpty();
        assertThat(target.queryString("SELECT COUNT(*) FROM gapctl.t")).isEqualTo("3");
    }

    /**
     * Two units with different write-set keys whose locks collide: the later unit's next-key lock on k=20 covers the
     * gap the earlier unit inserts into, so the earlier one waits in InnoDB for the later one, which waits for the
     * earlier one's commit. The earlier unit starts its insert only once the later one applied.
     */
    private static final class GapLockPair {
        final List<String> commits = Collections.synchronizedList(new ArrayList<>());
        final StatementUnit earlier;
        final StatementUnit later;

        GapLockPair(String db, String earlierSessionSetting) {
            target.execute("CREATE DATABASE " + db, "CREATE TABLE " + db + ".t (id INT PRIMARY KEY, k INT NOT NULL,"
                    + " v INT NOT NULL, KEY k (k))", "INSERT INTO " + db + ".t VALUES (1, 10, 0), (2, 20, 0), (3, 30, 0)");
            CountDownLatch laterApplied = new CountDownLatch(1);
            earlier = new StatementUnit("gap:1", Set.of("t:4"), connection -> {
                awaitLatch(laterApplied);
                if (!earlierSessionSetting.isEmpty()) {
                    execute(connection, earlierSessionSetting);
                }
                execute(connection, "INSERT INTO " + db + ".t VALUES (4, 15, 1)");
            }, unit -> commits.add(unit.gtid()));
            later = new StatementUnit("gap:2", Set.of("t:2"), connection -> {
                execute(connection, "UPDATE " + db + ".t SET v = v + 1 WHERE k = 20");
                laterApplied.countDown();
            }, unit -> commits.add(unit.gtid()));
        }
    }

    /**
     * Issue 4 (the sink benchmark's full copy with parallel.workers=8 was slower than with one worker): every row
     * batch also updates one shared row (its Kafka position in dtle.sink_offsets). Done at the commit turn, that write
     * never makes an earlier unit wait for a later one, so no unit rolls back for commit order.
     */
    @Test
    void unitsThatAllUpdateOneRowAtTheirCommitTurnOverlapWithoutCommitOrderRollbacks() throws Exception {
        int units = 400;
        target.execute("CREATE DATABASE shared", "CREATE TABLE shared.rows (id INT PRIMARY KEY)",
                "CREATE TABLE shared.position (id INT PRIMARY KEY, last_unit INT NOT NULL, updates INT NOT NULL)",
                "INSERT INTO shared.position VALUES (1, 0, 0)");
        try (HikariDataSource pool = TargetPool.on(target, 8);
                // A commit-order wait far above a durable commit's time on a slow disk (hundreds of ms when the VM
                // stalls): a rollback then only comes from a unit waiting on a lock a later unit holds, the bug here.
                ParallelApplier applier = new ParallelApplier(pool, ParallelOptions.forWorkers(8)
                        .withCommitOrderWait(Duration.ofSeconds(5)), QUICK_RETRIES)) {
            for (int n = 1; n <= units; n++) {
                int unit = n;
                applier.submit(new StatementUnit("shared:" + n, Set.of("rows:" + n),
                        StatementUnit.statements(List.of("INSERT INTO shared.rows VALUES (" + unit + ")")),
                        StatementUnit.statements(List.of("UPDATE shared.position SET last_unit = " + unit
                                + ", updates = updates + 1 WHERE id = 1")), committed -> { }));
            }
            applier.drain();
            assertThat(applier.getCommitOrderWaits()).as("workers really overlapped").isPositive();
            assertThat(applier.getCommitOrderRollbacks()).isZero();
            assertThat(applier.getRetries()).isZero();
        }
        assertThat(target.queryString("SELECT CONCAT(last_unit, ':', updates) FROM shared.position"))
                .isEqualTo(units + ":" + units);
        assertThat(target.queryString("SELECT COUNT(*) FROM shared.rows")).isEqualTo(Integer.toString(units));
    }

    @Test
    void aFatalErrorStopsTheApplierNamingTheGtidAndNothingAfterItCommits() throws Exception {
        target.execute("CREATE DATABASE fatal", "CREATE TABLE fatal.t (id INT PRIMARY KEY, v INT NOT NULL)");
        List<String> commits = Collections.synchronizedList(new ArrayList<>());
        List<StatementUnit> units = new ArrayList<>();
        for (int n = 1; n <= 300; n++) {
            String value = n == 150 ? "NULL" : String.valueOf(n);
            units.add(new StatementUnit("fatal-uuid:" + n, Set.of("t:" + n),
                    StatementUnit.statements(List.of("INSERT INTO fatal.t VALUES (" + n + ", " + value + ")")),
                    unit -> commits.add(unit.gtid())));
        }
        ParallelApplier applier;
        Throwable thrown;
        try (HikariDataSource pool = TargetPool.on(target, 4);
                ParallelApplier running = new ParallelApplier(pool, ParallelOptions.forWorkers(4), QUICK_RETRIES)) {
            applier = running;
            Throwable fromSubmit = catchThrowable(() -> {
                for (StatementUnit unit : units) {
                    running.submit(unit);
                }
            });
            // drain() also waits for the units before the failed one to finish
            thrown = catchThrowable(running::drain);
            if (fromSubmit != null) {
                assertThat(fromSubmit).isSameAs(thrown);
            }
            assertThat(catchThrowable(() -> running.submit(units.get(0)))).as("stays stopped")
                    .isInstanceOf(ApplyException.class);
            assertThat(running.watermark()).contains(units.get(148));
        }
        assertThat(thrown).isInstanceOf(ApplyException.class).hasMessageContaining("fatal-uuid:150")
                .hasMessageContaining("1048").hasMessageContaining("cannot be null");
        assertThat(((ApplyException) thrown).gtid()).isEqualTo("fatal-uuid:150");
        assertThat(target.queryString("SELECT CONCAT(COUNT(*), ' rows, ids ', MIN(id), '-', MAX(id)) FROM fatal.t"))
                .isEqualTo("149 rows, ids 1-149");
        assertThat(commits).isEqualTo(units.subList(0, 149).stream().map(StatementUnit::gtid).toList());
        assertThat(applier.getRetries()).as("a NOT NULL violation is not retried").isZero();
    }

    @Test
    void aDeadlockIsRetriedAndTheUnitSucceeds() throws Exception {
        target.execute("CREATE DATABASE dl", "CREATE TABLE dl.t (id INT PRIMARY KEY, v INT NOT NULL)",
                "CREATE TABLE dl.ballast (id INT PRIMARY KEY)", "INSERT INTO dl.t VALUES (1, 0), (2, 0)");
        StatementUnit unit = new StatementUnit("dl:1", Set.of("t:1", "t:2"), StatementUnit.statements(List.of(
                "UPDATE dl.t SET v = v + 1 WHERE id = 1", "UPDATE dl.t SET v = v + 1 WHERE id = 2")), u -> { });
        try (Connection other = target.connect(); Statement statement = other.createStatement();
                HikariDataSource pool = TargetPool.on(target, 1);
                ParallelApplier applier = new ParallelApplier(pool, ParallelOptions.forWorkers(1), QUICK_RETRIES)) {
            other.setAutoCommit(false);
            // InnoDB rolls back the lighter transaction of a deadlock: make the other one heavy so the unit is chosen.
            statement.execute("INSERT INTO dl.ballast WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                    + " WHERE i < 500) SELECT i FROM n");
            statement.execute("UPDATE dl.t SET v = v + 100 WHERE id = 2");
            applier.submit(unit);
            Await.until("the unit waits for the row lock on id 2", Duration.ofSeconds(20),
                    () -> "1".equals(target.queryString("SELECT COUNT(*) FROM information_schema.innodb_trx"
                            + " WHERE trx_state = 'LOCK WAIT'")));
            statement.execute("UPDATE dl.t SET v = v + 100 WHERE id = 1");
            other.commit();
            applier.drain();

            assertThat(applier.getRetries()).isEqualTo(1);
            assertThat(unit.applyCount()).isEqualTo(2);
        }
        assertThat(target.queryString("SELECT GROUP_CONCAT(CONCAT(id, ':', v) ORDER BY id) FROM dl.t"))
                .isEqualTo("1:101,2:101");
    }

    @Test
    void aUnitWhoseConnectionIsKilledRunsAgainOnAFreshConnection() throws Exception {
        target.execute("CREATE DATABASE lost", "CREATE TABLE lost.t (id INT PRIMARY KEY, v INT NOT NULL)",
                "INSERT INTO lost.t VALUES (1, 0)");
        StatementUnit unit = new StatementUnit("lost:1", Set.of("t:1"),
                StatementUnit.statements(List.of("UPDATE lost.t SET v = v + 1 WHERE id = 1")), u -> { });
        try (Connection other = target.connect(); Statement statement = other.createStatement();
                HikariDataSource pool = TargetPool.on(target, 1);
                ParallelApplier applier = new ParallelApplier(pool, ParallelOptions.forWorkers(1), QUICK_RETRIES)) {
            other.setAutoCommit(false);
            statement.execute("UPDATE lost.t SET v = v + 100 WHERE id = 1");
            applier.submit(unit);
            String waitingThread = "SELECT trx_mysql_thread_id FROM information_schema.innodb_trx"
                    + " WHERE trx_state = 'LOCK WAIT'";
            Await.until("the unit waits for the row lock", Duration.ofSeconds(20),
                    () -> target.queryString(waitingThread) != null);
            target.execute("KILL " + target.queryString(waitingThread));
            Await.until("the unit runs again on a new connection and waits again", Duration.ofSeconds(20),
                    () -> unit.applyCount() == 2 && target.queryString(waitingThread) != null);
            other.commit();
            applier.drain();

            assertThat(applier.getRetries()).isEqualTo(1);
        }
        assertThat(target.queryString("SELECT v FROM lost.t WHERE id = 1")).isEqualTo("101");
    }

    @Test
    void readyUnitsShareOneTargetTransactionAndAUnitThatFailsAmongThemIsNamedAlone() throws Exception {
        target.execute("CREATE DATABASE joined", "CREATE TABLE joined.t (id INT PRIMARY KEY)",
                "CREATE TABLE joined.expected (id INT PRIMARY KEY)", "CREATE TABLE joined.gate (id INT PRIMARY KEY)",
                "INSERT INTO joined.gate VALUES (1)", "SET SESSION cte_max_recursion_depth = 1000",
                "INSERT INTO joined.expected WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        + " WHERE i < 299) SELECT i FROM n");
        ParallelOptions options = ParallelOptions.forWorkers(1).withMaxInFlight(1000)
                .withJoinLimits(new ParallelOptions.JoinLimits(50, 50));
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        Throwable failure;
        long commitsBefore = OwnCommits.of(target);
        try (Connection other = target.connect(); Statement statement = other.createStatement();
                HikariDataSource pool = TargetPool.on(target, 1);
                ParallelApplier applier = new ParallelApplier(pool, options, QUICK_RETRIES)) {
            other.setAutoCommit(false);
            statement.execute("UPDATE joined.gate SET id = 1 WHERE id = 1"); // the first unit waits for this lock
            applier.submit(new StatementUnit("joined:gate", Set.of("gate"), StatementUnit.statements(List.of(
                    "UPDATE joined.gate SET id = 1 WHERE id = 1")), u -> committed.add(u.gtid())).joiningOthers());
            for (int id = 1; id <= 400; id++) {
                int value = id == 300 ? 1 : id; // unit 300 repeats key 1: the target refuses it
                applier.submit(new StatementUnit("joined:" + id, Set.of("t:" + id), StatementUnit.statements(
                        List.of("INSERT INTO joined.t VALUES (" + value + ")")), u -> committed.add(u.gtid()))
                        .joiningOthers());
            }
            other.commit();
            failure = catchThrowable(applier::drain);
        }
        assertThat(failure).isInstanceOf(ApplyException.class).hasMessageContaining("joined:300")
                .hasMessageContaining("Duplicate entry");
        assertThat(committed).hasSize(300).endsWith("joined:299");
        TableComparer.between(target, target).table("joined.t", "joined.expected").assertEqual();
        // 300 units committed: the gate alone, then runs of 50 (one of them rolled back and applied one by one).
        assertThat(OwnCommits.of(target) - commitsBefore).as("target commits").isLessThan(100);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void awaitLatch(CountDownLatch latch) throws SQLException {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new SQLException("test set-up: the later unit never applied");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", e);
        }
    }
}
