package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.parallel.OwnCommits;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: a sink that lags applies consecutive small source transactions together, in fewer target transactions
 * than source transactions (group.max.transactions), and still applies each exactly once, whole and in order. The
 * sink is stopped while the source runs single-row inserts, one mixed transaction, a DDL, single-row updates and
 * deletes; started again, it finds them all waiting in the topic.
 */
class GroupingIT {
    /** The rows of source transactions; origin tag rows (reserved source UUIDs, 8 bytes 0xff first) do not count. */
    private static final String SOURCE_ROWS = "SELECT COUNT(*) FROM dtle.gtid_executed_v2 "
            + "WHERE source_uuid < UNHEX('FFFFFFFFFFFFFFFF0000000000000000')";
    private static final int INSERTS = 600;
    private static final int UPDATES = 300;
    private static final int DELETES = 100;
    /** The single-row ones, the mixed transaction and the ALTER TABLE. */
    private static final int SOURCE_TRANSACTIONS = INSERTS + UPDATES + DELETES + 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

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
    void aLaggingSinkCommitsManySourceTransactionsTogetherEachExactlyOnce() throws Exception {
        source.execute("CREATE DATABASE grp", "CREATE TABLE grp.t (id INT PRIMARY KEY, v INT, note VARCHAR(40))",
                "INSERT INTO grp.t VALUES (1, 1, 'snapshot')");
        connect.createConnector("grp-src", Jobs.source(source, "grp", "grp"));
        connect.createConnector("grp-dst", Jobs.sink(target, "grp"));
        Jobs.awaitRunning(connect, "grp-src");
        Jobs.awaitRunning(connect, "grp-dst");
        Jobs.awaitEqual(source, target, TIMEOUT, "grp.t");

        connect.deleteConnector("grp-dst");
        long topicBefore = connect.endOffset("grp.ordered");
        runWorkload();
        // BEGIN, row, END of each single-row transaction: the sink finds them all waiting when it starts again.
        Await.until("the source's transactions in the topic", TIMEOUT,
                () -> connect.endOffset("grp.ordered") >= topicBefore + 3L * (SOURCE_TRANSACTIONS - 2),
                () -> "end offset " + connect.endOffset("grp.ordered"));

        long commitsBefore = OwnCommits.of(target);
        connect.createConnector("grp-dst", Jobs.sink(target, "grp"));
        Jobs.awaitEqual(source, target, TIMEOUT, "grp.t");
        long targetCommits = OwnCommits.of(target) - commitsBefore;
        System.out.printf("grouping: %d source transactions applied in %d target transactions%n",
                SOURCE_TRANSACTIONS, targetCommits);
        // At most 1000 a group (the default), the DDL alone, and a few bookkeeping compactions.
        assertThat(targetCommits).as("target commits for %d source transactions", SOURCE_TRANSACTIONS)
                .isLessThan(SOURCE_TRANSACTIONS / 10);
        AppliedTransactions.assertOnceInSourceOrder(target, SOURCE_TRANSACTIONS);

        // Compaction folds the rows that groups inserted together, like any others.
        Await.until("bookkeeping compacted to one row", TIMEOUT,
                () -> target.queryString(SOURCE_ROWS).equals("1"), () -> target.queryString(SOURCE_ROWS) + " rows");
        Jobs.awaitEqual(source, target, TIMEOUT, "grp.t");
        connect.deleteConnector("grp-dst");
        connect.deleteConnector("grp-src");
    }

    /**
     * A group waits for the next delivery only while the deliveries come full: a backlog read 30 records at a time
     * is applied whole, and once the sink keeps up a new transaction is applied at once, far sooner than the
     * (longest allowed) group.max.delay.ms.
     */
    @Test
    void aGroupWaitsForMoreRecordsOnlyWhileTheSinkLags() throws Exception {
        // A target of its own: the other test counts the bookkeeping rows of its job on the shared one.
        try (LocalMySqlServer holdTarget = LocalMySqlServer.mysql()) {
            applyBacklogThenKeepUp(holdTarget);
        }
    }

    private static void applyBacklogThenKeepUp(LocalMySqlServer target) throws Exception {
        source.execute("CREATE DATABASE hold", "CREATE TABLE hold.t (id INT PRIMARY KEY, note VARCHAR(40))");
        connect.createConnector("hold-src", Jobs.source(source, "hold", "hold"));
        Jobs.awaitRunning(connect, "hold-src");
        Await.until("the table definition in the topic", TIMEOUT, () -> connect.endOffset("hold.ordered") > 0,
                () -> "empty topic");
        long topicBefore = connect.endOffset("hold.ordered");
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            for (int id = 1; id <= 300; id++) {
                statement.execute("INSERT INTO hold.t VALUES (" + id + ", 'backlog')");
            }
        }
        // BEGIN, row, END of each: the sink, created next, finds a backlog and reads it 30 records at a time.
        Await.until("the backlog in the topic", TIMEOUT,
                () -> connect.endOffset("hold.ordered") >= topicBefore + 3L * 300,
                () -> "end offset " + connect.endOffset("hold.ordered"));
        connect.createConnector("hold-dst", Jobs.with(Jobs.sink(target, "hold"), Map.of(
                "consumer.override.max.poll.records", "30", "group.max.delay.ms", "10000")));
        Jobs.awaitRunning(connect, "hold-dst");
        Jobs.awaitEqual(source, target, TIMEOUT, "hold.t");

        long start = System.nanoTime();
        source.execute("INSERT INTO hold.t VALUES (1000, 'kept up')");
        Await.until("the new row on the target", TIMEOUT,
                () -> target.queryString("SELECT COUNT(*) FROM hold.t WHERE id = 1000").equals("1"), () -> "missing");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("a sink that keeps up does not wait for group.max.delay.ms (10 s)")
                .isLessThan(Duration.ofSeconds(8));
        Jobs.awaitEqual(source, target, TIMEOUT, "hold.t");
        connect.deleteConnector("hold-dst");
        connect.deleteConnector("hold-src");
    }

    private static void runWorkload() throws SQLException {
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            for (int id = 2; id < 2 + INSERTS; id++) {
                statement.execute("INSERT INTO grp.t VALUES (" + id + ", " + id + ", 'insert')");
            }
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO grp.t VALUES (10001, 1, 'mixed'), (10002, 2, 'mixed')");
            statement.execute("UPDATE grp.t SET v = v + 1000 WHERE id BETWEEN 2 AND 11");
            statement.execute("DELETE FROM grp.t WHERE id BETWEEN 12 AND 16");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("ALTER TABLE grp.t ADD COLUMN w INT NOT NULL DEFAULT 7");
            for (int i = 0; i < UPDATES; i++) {
                int id = 20 + i % 200; // some rows twice: the later update must win
                statement.execute("UPDATE grp.t SET v = v * 3 + " + i + ", w = " + i + " WHERE id = " + id);
            }
            for (int id = 300; id < 300 + DELETES; id++) {
                statement.execute("DELETE FROM grp.t WHERE id = " + id);
            }
        }
    }
}
