package io.dtle.source.snapshot;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.ServerStatusReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read transaction that sees the tables as of a known binlog position, without FLUSH TABLES WITH READ LOCK (no
 * RELOAD, SUPER or LOCK TABLES needed).
 *
 * <p>Method: read the executed GTID set G1 (with file and position, one SHOW MASTER STATUS), then START TRANSACTION
 * WITH CONSISTENT SNAPSHOT, then read G2 the same way; repeat until G1 = G2 (bounded), and stream from G1.
 *
 * <p>What is guaranteed: MySQL 8.0 commits a binlog group in the storage engine first and adds its GTIDs to
 * gtid_executed afterwards (MYSQL_BIN_LOG::process_commit_stage_queue: ha_commit_low for each session, then
 * Gtid_state::update_commit_group). So every transaction in G1 was committed in InnoDB before G1 was read, hence
 * before the snapshot started, hence is visible in it: <b>streaming from G1 never misses a change the snapshot
 * lacks.</b> The reverse is not exact: a transaction committed in InnoDB before the snapshot but whose GTID reached
 * gtid_executed only after G2 was read is both in the snapshot and streamed again (at-least-once; a consumer that
 * applies by key converges). G1 = G2 shrinks that window to the few microseconds of one group commit's tail; it
 * cannot close it. (Reading G2 alone would be wrong: a transaction committed between the snapshot and G2 would be in
 * G2 and not in the snapshot, and be lost.) MariaDB's gtid_binlog_pos is read the same way; its
 * binlog_snapshot_gtid status variable would be exact and is left for later.
 */
public final class ConsistentSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(ConsistentSnapshot.class);
    private static final int ATTEMPTS = 10;

    private ConsistentSnapshot() {
    }

    /** Starts the snapshot transaction on {@code connection} and returns the position to stream from after it. */
    public static BinlogPosition begin(Connection connection, ServerStatusReader status) throws SQLException {
        BinlogPosition before = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            before = status.currentPosition();
            start(connection);
            BinlogPosition after = status.currentPosition();
            if (sameTransactions(before, after)) {
                return before;
            }
            connection.rollback();
            LOG.debug("Transactions committed while the snapshot started (attempt {}); retrying", attempt);
        }
        LOG.info("The server kept committing while the snapshot started; streaming from {} may repeat a few "
                + "transactions already in the snapshot", before);
        start(connection);
        return before;
    }

    private static void start(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        }
    }

    private static boolean sameTransactions(BinlogPosition a, BinlogPosition b) {
        if (a.isGtidBased()) {
            return a.gtidSet().equals(b.gtidSet()) && a.mariaDbGtids().equals(b.mariaDbGtids());
        }
        return a.equals(b);
    }
}
