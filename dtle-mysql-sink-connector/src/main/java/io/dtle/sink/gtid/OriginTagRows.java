package io.dtle.sink.gtid;

import io.dtle.common.gtid.UuidBytes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The rows of {@code dtle.gtid_executed_v2} that tag a target transaction without a source GTID (full-copy batches,
 * per-table topics) as applied by this job. A source reading the target's binlog tags a transaction by a row event on
 * that table at its start (ARCHITECTURE.md, "Loops"); rows applied without a bookkeeping row would otherwise look
 * like local changes and come back in a bidirectional job.
 *
 * <p>Each worker of each task updates a row of its own, {@code source_uuid} = {@link #slot}: a fixed number of rows
 * per job, and no worker waits on another's row lock. The update flips {@code interval_gtid} between two values, so it always
 * changes the row and MySQL always logs a row event (an update that changes nothing logs none). Two fence rows, never
 * updated, enclose the slots: the gap locks an update takes under REPEATABLE READ (the gaps around its row in the
 * non-unique index) then cover only gaps between reserved rows, where no bookkeeping row of a source transaction,
 * and no other job's row, is ever inserted. Reserved UUIDs start with eight 0xff bytes, which no MySQL server UUID
 * and no MariaDB domain/server UUID ({@link SourceGtids}) has; readers of the executed GTID set skip them.
 */
public final class OriginTagRows {
    /** The lowest reserved {@code source_uuid}: the lower fence. Every reserved UUID sorts at or after it. */
    static final UUID FENCE_LOW = new UUID(-1L, 0L);
    static final UUID FENCE_HIGH = new UUID(-1L, -1L);
    static final byte[] RESERVED_FROM = UuidBytes.toBytes(FENCE_LOW);
    private static final String FENCE_VALUE = "origin-tag:fence";
    private static final String TAG_VALUE = "origin-tag:a";
    private static final String FLIPPED_VALUE = "origin-tag:b";
    private static final String UPDATE = "UPDATE " + GtidExecutedTable.TABLE + " FORCE INDEX (job_source)"
            + " SET interval_gtid = IF(interval_gtid = '" + TAG_VALUE + "', '" + FLIPPED_VALUE + "', '" + TAG_VALUE
            + "') WHERE job_uuid = ? AND source_uuid = ?";
    private static final String INSERT = "INSERT INTO " + GtidExecutedTable.TABLE
            + " (job_uuid, source_uuid, interval_gtid) VALUES (?, ?, ?)";

    private final byte[] jobBytes;
    private final int task;

    /** The tag rows of the workers of task {@code task} (0-based) of job {@code job}. */
    public OriginTagRows(UUID job, int task) {
        if (task < 0) {
            throw new IllegalArgumentException("task number must be 0 or more: " + task);
        }
        this.jobBytes = UuidBytes.toBytes(job);
        this.task = task;
    }

    /**
     * The {@code source_uuid} of the tag row of worker {@code worker} (0-based) of this task: the task in the high
     * half of the last eight bytes, the worker plus one in the low half, so every slot sorts between the fences.
     */
    UUID slot(int worker) {
        if (worker < 0) {
            throw new IllegalArgumentException("worker index must be 0 or more: " + worker);
        }
        return new UUID(-1L, ((long) task << 32) | (worker + 1L));
    }

    /** Whether {@code sourceUuid} is a reserved row of this class rather than a source server's. */
    public static boolean isReserved(UUID sourceUuid) {
        return sourceUuid.getMostSignificantBits() == -1L;
    }

    /**
     * Creates the fences and the rows of workers {@code 0..workers-1} that are missing, and commits; writes nothing
     * when they all exist. Run before the workers start, so no worker's first tag inserts its row next to another's
     * gap lock.
     */
    public void prepare(Connection connection, int workers) throws SQLException {
        Set<UUID> existing = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT source_uuid FROM "
                + GtidExecutedTable.TABLE + " WHERE job_uuid = ? AND source_uuid >= ?")) {
            select.setBytes(1, jobBytes);
            select.setBytes(2, RESERVED_FROM);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    existing.add(UuidBytes.toUuid(rows.getBytes(1)));
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int missing = addIfMissing(insert, existing, FENCE_LOW, FENCE_VALUE)
                    + addIfMissing(insert, existing, FENCE_HIGH, FENCE_VALUE);
            for (int worker = 0; worker < workers; worker++) {
                missing += addIfMissing(insert, existing, slot(worker), TAG_VALUE);
            }
            if (missing > 0) {
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Writes worker {@code worker}'s tag row inside the caller's target transaction; call it before the rows, so
     * the row event comes first in the transaction. A missing row (deleted by hand, or more workers than at start)
     * is inserted, which tags the transaction as well.
     */
    public void tag(Connection connection, int worker) throws SQLException {
        byte[] slot = UuidBytes.toBytes(slot(worker));
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setBytes(1, jobBytes);
            update.setBytes(2, slot);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setBytes(1, jobBytes);
            insert.setBytes(2, slot);
            insert.setString(3, TAG_VALUE);
            insert.executeUpdate();
        }
    }

    private int addIfMissing(PreparedStatement insert, Set<UUID> existing, UUID sourceUuid, String value)
            throws SQLException {
        if (existing.contains(sourceUuid)) {
            return 0;
        }
        insert.setBytes(1, jobBytes);
        insert.setBytes(2, UuidBytes.toBytes(sourceUuid));
        insert.setString(3, value);
        insert.addBatch();
        return 1;
    }
}
