package io.dtle.source.snapshot;

import io.debezium.relational.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a line per chunk: rows copied of the estimate (information_schema.TABLES.TABLE_ROWS, InnoDB's estimate) and
 * the ETA by dtle's formula, elapsed / copied x (estimate - copied).
 */
final class SnapshotProgress {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProgress.class);

    private final Connection connection;
    private Instant tableStart;
    private long estimate;

    SnapshotProgress(Connection connection) {
        this.connection = connection;
    }

    void startTable(TableId id, String condition) throws SQLException {
        tableStart = Instant.now();
        estimate = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_ROWS FROM "
                + "information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            statement.setString(1, id.catalog());
            statement.setString(2, id.table());
            try (ResultSet result = statement.executeQuery()) {
                estimate = result.next() ? result.getLong(1) : 0;
            }
        }
        LOG.info("Snapshot of {} starts: about {} rows{}", id, estimate,
                condition == null ? "" : " before the condition " + condition);
    }

    void chunk(TableId id, int rows, long copied) {
        long elapsedMs = Duration.between(tableStart, Instant.now()).toMillis();
        long total = Math.max(estimate, copied);
        long etaSeconds = copied == 0 ? 0 : elapsedMs * (total - copied) / copied / 1000;
        LOG.info("Snapshot of {}: chunk of {} rows, {} of about {} copied ({}%), ETA {} s", id, rows, copied, total,
                total == 0 ? 100 : copied * 100 / total, etaSeconds);
    }
}
