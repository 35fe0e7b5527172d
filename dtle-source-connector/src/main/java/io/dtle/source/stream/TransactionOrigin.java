package io.dtle.source.stream;

import io.dtle.common.gtid.UuidBytes;
import io.dtle.common.job.Bookkeeping;
import io.dtle.common.job.OriginMarker;
import io.dtle.source.binlog.RowChange;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Which dtle job applied a transaction, read from what the sink writes (ARCHITECTURE.md, "Loops"): the
 * {@code job_uuid} of a row on the bookkeeping table, or the {@link OriginMarker} in front of a DDL statement.
 */
final class TransactionOrigin {
    static final String JOB_UUID_COLUMN = "job_uuid";

    private TransactionOrigin() {
    }

    /** Whether the row is on {@code dtle.gtid_executed_v2}. */
    static boolean isBookkeeping(RowChange row) {
        return Bookkeeping.isGtidTable(row.table().database(), row.table().table());
    }

    /**
     * The job UUID of a bookkeeping row, if it has a readable one. The column is found by name when the binlog has
     * column names ({@code binlog_row_metadata=FULL}); otherwise it is the first column, as the sink creates it.
     */
    static Optional<UUID> ofBookkeepingRow(RowChange row) {
        Serializable[] image = row.after() != null ? row.after() : row.before();
        int column = Math.max(0, row.table().columnNames().stream().map(String::toLowerCase).toList()
                .indexOf(JOB_UUID_COLUMN));
        if (image == null || image.length <= column || !(image[column] instanceof byte[] bytes)
                || bytes.length == 0 || bytes.length > UuidBytes.LENGTH) {
            return Optional.empty();
        }
        // The binlog drops the trailing zero bytes of a BINARY(n) value; padding restores them.
        return Optional.of(UuidBytes.toUuid(Arrays.copyOf(bytes, UuidBytes.LENGTH)));
    }

    /** The job UUID of the origin marker a DDL statement starts with, if it has one. */
    static Optional<UUID> ofStatement(String sql) {
        return OriginMarker.read(sql).map(OriginMarker::job);
    }
}
