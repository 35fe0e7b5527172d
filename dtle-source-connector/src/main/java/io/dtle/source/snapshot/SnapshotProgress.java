package io.dtle.source.snapshot;

import io.debezium.relational.TableId;
import io.dtle.source.metric.SnapshotMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the snapshot metrics and logs a line per chunk (on the task thread, so Connect's MDC adds the connector and
 * task): rows copied of the estimate (information_schema.TABLES.TABLE_ROWS, InnoDB's estimate, read once at the
 * start for every table still to copy) and the ETA by dtle's formula.
 */
final class SnapshotProgress {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotProgress.class);

    private final SnapshotMetrics metrics;
    private final Map<TableId, Long> estimates = new HashMap<>();

    SnapshotProgress(SnapshotMetrics metrics) {
        this.metrics = metrics;
    }

    /** Reads the estimates of the tables still to copy and starts the metrics' clock. */
    void start(Connection connection, List<TableId> remaining, int totalTables) throws SQLException {
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_ROWS FROM "
                + "information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            for (TableId id : remaining) {
                statement.setString(1, id.catalog());
                statement.setString(2, id.table());
                try (ResultSet result = statement.executeQuery()) {
                    long estimate = result.next() ? result.getLong(1) : 0;
                    estimates.put(id, estimate);
                    total += estimate;
                }
            }
        }
        metrics.started(remaining, totalTables, total);
        LOG.info("Snapshot of {} tables starts: about {} rows", remaining.size(), total);
    }

    void startTable(TableId id, String condition) {
        LOG.info("Snapshot of {} starts: about {} rows{}", id, estimates.getOrDefault(id, 0L),
                condition == null ? "" : " before the condition " + condition);
    }

    void chunk(TableId id, int rows, long copiedInTable) {
        metrics.rowsCopied(id, rows);
        LOG.info("Snapshot of {}: chunk of {} rows, {} of about {} copied; all tables {} of about {} rows ({}%), "
                        + "ETA {} s", id, rows, copiedInTable, Math.max(estimates.getOrDefault(id, 0L), copiedInTable),
                metrics.getRowsCopied(), Math.max(metrics.getRowsEstimated(), metrics.getRowsCopied()),
                metrics.getProgressPercent(), metrics.getEtaSeconds());
    }

    void tableDone() {
        metrics.tableCompleted();
    }

    void done() {
        metrics.completed();
    }
}
