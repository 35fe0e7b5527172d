package io.dtle.sink.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 (sink): the rows that tag a target transaction without a source GTID (full copy, per-table topics) share
 * dtle.gtid_executed_v2 with the executed GTID set. They are never read as GTIDs, compaction leaves them alone, each
 * tag is logged as a row event, and workers (of one task or several) tagging at once wait neither on each other nor
 * on bookkeeping rows of source transactions or compaction (a lock wait here would serialize a parallel full copy).
 */
class OriginTagRowsIT {
    private static final UUID JOB = UUID.fromString("6a0ee1f4-1e5c-4f3e-9d0b-5a2a1b3c4d5e");
    private static final UUID OTHER_JOB = UUID.fromString("ffffffff-0000-4000-8000-000000000001");
    /** The highest source UUID a server could have below the reserved range: its rows sit next to the fences. */
    private static final UUID HIGH_SOURCE = UUID.fromString("fffffffe-ffff-ffff-ffff-ffffffffffff");
    private static final UUID SOURCE = UUID.fromString("3e11fa47-71ca-11e1-9e33-c80aa9429562");

    @Test
    void tagRowsAreNeitherReadAsGtidsNorCompactedAway() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql(); Connection connection = target.connect()) {
            GtidExecutedTable.create(connection);
            GtidExecutedTable bookkeeping = new GtidExecutedTable(JOB);
            OriginTagRows tags = new OriginTagRows(JOB, 0);
            connection.setAutoCommit(false);
            bookkeeping.record(connection, List.of(Gtid.of(SOURCE, 1), Gtid.of(SOURCE, 2), Gtid.of(HIGH_SOURCE, 7)));
            connection.commit();
            GtidSet executed = bookkeeping.read(connection);

            tags.prepare(connection, 2);
            tags.tag(connection, 0);
            tags.tag(connection, 5); // a worker without a prepared row inserts it
            connection.commit();
            assertThat(reservedRows(target)).isEqualTo(2 + 3);
            assertThat(bookkeeping.read(connection)).isEqualTo(executed);
            assertThat(bookkeeping.rowCount(connection)).isEqualTo(3);

            assertThat(bookkeeping.compact(connection)).isEqualTo(1);
            assertThat(bookkeeping.read(connection)).isEqualTo(executed);
            assertThat(bookkeeping.rowCount(connection)).isEqualTo(2);
            assertThat(reservedRows(target)).as("tag rows after compaction").isEqualTo(5);

            String before = target.gtidExecuted();
            tags.prepare(connection, 2);
            assertThat(target.gtidExecuted()).as("preparing existing rows writes nothing").isEqualTo(before);
        }
    }

    /** The statements (an index hint on UPDATE, the flip) work on a MariaDB target too, and tags reach its binlog. */
    @Test
    void tagsWorkOnMariaDb() throws Exception {
        try (LocalMySqlServer target = ServerOptions.mariaDb().start(); Connection connection = target.connect()) {
            GtidExecutedTable.create(connection);
            GtidExecutedTable bookkeeping = new GtidExecutedTable(JOB);
            OriginTagRows tags = new OriginTagRows(JOB, 0);
            tags.prepare(connection, 2);
            connection.setAutoCommit(false);
            bookkeeping.record(connection, List.of(Gtid.of(SOURCE, 1), Gtid.of(SOURCE, 2)));
            connection.commit();
            for (int i = 0; i < 2; i++) {
                String before = target.gtidExecuted();
                tags.tag(connection, 1);
                connection.commit();
                assertThat(target.gtidExecuted()).as("tag %d reached the binlog", i).isNotEqualTo(before);
            }
            assertThat(bookkeeping.compact(connection)).isEqualTo(1);
            assertThat(bookkeeping.read(connection)).isEqualTo(GtidSet.parse(SOURCE + ":1-2"));
            assertThat(reservedRows(target)).isEqualTo(4);
        }
    }

    @Test
    void everyTagIsLoggedEvenOnTheSameRowAgain() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql(); Connection connection = target.connect()) {
            GtidExecutedTable.create(connection);
            OriginTagRows tags = new OriginTagRows(JOB, 0);
            tags.prepare(connection, 1);
            connection.setAutoCommit(false);
            for (int i = 0; i < 3; i++) {
                String before = target.gtidExecuted();
                tags.tag(connection, 0);
                connection.commit();
                assertThat(target.gtidExecuted()).as("tag %d reached the binlog", i).isNotEqualTo(before);
            }
        }
    }

    @Test
    void concurrentTagsWaitForNoOtherWriterOfTheTable() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql();
             Connection worker0 = transactional(target); Connection worker1 = transactional(target);
             Connection secondTask = transactional(target);
             Connection sourceTransaction = transactional(target); Connection otherJob = transactional(target);
             Connection compaction = transactional(target)) {
            GtidExecutedTable.create(worker0);
            GtidExecutedTable bookkeeping = new GtidExecutedTable(JOB);
            bookkeeping.record(worker0, Gtid.of(HIGH_SOURCE, 1));
            bookkeeping.record(worker0, Gtid.of(HIGH_SOURCE, 2));
            worker0.commit();
            OriginTagRows tags = new OriginTagRows(JOB, 0);
            tags.prepare(worker0, 2);
            OriginTagRows secondTaskTags = new OriginTagRows(JOB, 1);
            secondTaskTags.prepare(worker0, 1);
            new OriginTagRows(OTHER_JOB, 0).prepare(worker0, 1);

            // Each statement below fails after 1 s (lock wait timeout) if it waits on a lock another one holds.
            tags.tag(worker0, 0);
            tags.tag(worker1, 1);
            secondTaskTags.tag(secondTask, 0);
            bookkeeping.record(sourceTransaction, Gtid.of(HIGH_SOURCE, 3));
            new GtidExecutedTable(OTHER_JOB).record(otherJob, Gtid.of(SOURCE, 9));
            new OriginTagRows(OTHER_JOB, 0).tag(otherJob, 0);
            for (Connection open : List.of(worker0, worker1, secondTask, sourceTransaction, otherJob)) {
                open.commit();
            }
            tags.tag(worker0, 0);
            assertThat(bookkeeping.compact(compaction)).as("compaction while a tag is open").isEqualTo(2);
            worker0.commit();
            assertThat(bookkeeping.read(compaction)).isEqualTo(GtidSet.parse(HIGH_SOURCE + ":1-3"));
        }
    }

    private static Connection transactional(LocalMySqlServer target) throws SQLException {
        Connection connection = target.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION innodb_lock_wait_timeout = 1");
        }
        connection.setAutoCommit(false);
        return connection;
    }

    private static int reservedRows(LocalMySqlServer target) {
        return Integer.parseInt(target.queryString("SELECT COUNT(*) FROM dtle.gtid_executed_v2 "
                + "WHERE source_uuid >= UNHEX('FFFFFFFFFFFFFFFF0000000000000000')"));
    }
}
