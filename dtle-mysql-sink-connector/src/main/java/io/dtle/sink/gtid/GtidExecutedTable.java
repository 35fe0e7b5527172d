package io.dtle.sink.gtid;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.UuidBytes;
import io.dtle.common.job.Bookkeeping;
import io.dtle.common.mysql.MySqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code dtle.gtid_executed_v2 (job_uuid, source_uuid, interval_gtid)}: the source transactions a job applied.
 * Each applied transaction inserts one row ({@code interval_gtid} = its number) as its first statement; {@link
 * #compact} later folds a source's rows into one interval row inside one transaction, so a reader always sees every
 * GTID exactly once. The job's {@link OriginTagRows} live in the same table under reserved source UUIDs; every read
 * here leaves them out, and compaction neither reads nor locks them.
 */
public final class GtidExecutedTable {
    static final String TABLE = MySqlIdentifiers.quoteQualified(Bookkeeping.DATABASE, Bookkeeping.GTID_TABLE);
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (job_uuid, source_uuid, interval_gtid) VALUES (?, ?, ?)";
    private static final String MORE_VALUES = ", (?, ?, ?)";
    /** Leaves out the origin tag rows ({@link OriginTagRows}): they are no source's transactions. */
    private static final String SOURCE_ROWS = " AND source_uuid < ?";

    private final UUID job;
    private final byte[] jobBytes;

    public GtidExecutedTable(UUID job) {
        this.job = job;
        this.jobBytes = UuidBytes.toBytes(job);
    }

    /** Creates the database and table when missing; writes nothing, not even to the binlog, when they exist. */
    public static void create(Connection connection) throws SQLException {
        if (ExistingTables.exists(connection, Bookkeeping.DATABASE, Bookkeeping.GTID_TABLE)) {
            return; // see ExistingTables: a repeated CREATE ... IF NOT EXISTS would still reach the binlog
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + MySqlIdentifiers.quote(Bookkeeping.DATABASE));
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "job_uuid BINARY(16) NOT NULL, "
                    + "source_uuid BINARY(16) NOT NULL, "
                    + "interval_gtid TEXT NOT NULL, "
                    + "KEY job_source (job_uuid, source_uuid)) ENGINE=InnoDB");
        }
    }

    /** Every source transaction this job has applied, as committed on the target. */
    public GtidSet read(Connection connection) throws SQLException {
        // Each row is parsed on its own: joining a source's texts with ':' would put the untagged numbers of one
        // row under the MySQL 8.4 tag that ends the row before it ("t:1" + "2" reads as t:1-2).
        GtidSet.Builder executed = GtidSet.builder();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source_uuid, interval_gtid FROM " + TABLE + " WHERE job_uuid = ?" + SOURCE_ROWS)) {
            select.setBytes(1, jobBytes);
            select.setBytes(2, OriginTagRows.RESERVED_FROM);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    executed.addAll(GtidSet.parse(UuidBytes.toUuid(rows.getBytes(1)), rows.getString(2)));
                }
            }
        }
        return executed.build();
    }

    /** Inserts the row of one applied transaction, inside the caller's target transaction. */
    public void record(Connection connection, Gtid gtid) throws SQLException {
        record(connection, List.of(gtid));
    }

    /**
     * Inserts one row per applied transaction, in one statement, inside the caller's target transaction (several
     * source transactions applied together). Each keeps its own row, as if applied alone; compaction merges them.
     */
    public void record(Connection connection, List<Gtid> gtids) throws SQLException {
        if (gtids.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT + MORE_VALUES.repeat(gtids.size() - 1))) {
            int parameter = 1;
            for (Gtid gtid : gtids) {
                insert.setBytes(parameter++, jobBytes);
                insert.setBytes(parameter++, UuidBytes.toBytes(gtid.sourceUuid()));
                insert.setString(parameter++, GtidSet.of(gtid).intervalText(gtid.sourceUuid()));
            }
            insert.executeUpdate();
        }
    }

    /**
     * Replaces this job's rows of each source by one row of their union, in one target transaction (committed
     * here). Returns how many rows were removed. Rows of transactions committing meanwhile wait on the locks of
     * the read and are kept.
     */
    public int compact(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<UUID, Integer> counts = new LinkedHashMap<>();
            Map<UUID, GtidSet> merged = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT source_uuid, interval_gtid FROM "
                    + TABLE + " WHERE job_uuid = ?" + SOURCE_ROWS + " FOR UPDATE")) {
                select.setBytes(1, jobBytes);
                select.setBytes(2, OriginTagRows.RESERVED_FROM);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID source = UuidBytes.toUuid(rows.getBytes(1));
                        counts.merge(source, 1, Integer::sum);
                        merged.merge(source, GtidSet.parse(source, rows.getString(2)), GtidSet::union);
                    }
                }
            }
            int removed = 0;
            for (Map.Entry<UUID, GtidSet> source : merged.entrySet()) {
                if (counts.get(source.getKey()) < 2) {
                    continue;
                }
                byte[] sourceBytes = UuidBytes.toBytes(source.getKey());
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + TABLE + " WHERE job_uuid = ? AND source_uuid = ?")) {
                    delete.setBytes(1, jobBytes);
                    delete.setBytes(2, sourceBytes);
                    removed += delete.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setBytes(1, jobBytes);
                    insert.setBytes(2, sourceBytes);
                    insert.setString(3, source.getValue().intervalText(source.getKey()));
                    insert.executeUpdate();
                }
                removed--;
            }
            connection.commit();
            return removed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** How many rows this job has in the table, for metrics and tests. */
    public int rowCount(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + TABLE + " WHERE job_uuid = ?" + SOURCE_ROWS)) {
            count.setBytes(1, jobBytes);
            count.setBytes(2, OriginTagRows.RESERVED_FROM);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Whether this job has any row: a job without rows and without stored offsets starts afresh. */
    public boolean isEmpty(Connection connection) throws SQLException {
        return rowCount(connection) == 0;
    }

    @Override
    public String toString() {
        return TABLE + " of job " + job;
    }
}
