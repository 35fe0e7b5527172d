package io.dtle.source.metric;

import java.util.Map;

/**
 * The snapshot's metrics, under {@code debezium.mysql:type=connector-metrics,context=snapshot,server=<prefix>}.
 * The first group has Debezium's attribute names and meanings; the second is dtle's progress and ETA.
 */
public interface SnapshotMetricsMXBean {
    int getTotalTableCount();

    int getRemainingTableCount();

    /** Rows copied so far per table, keyed {@code db.table} as Debezium keys them. */
    Map<String, Long> getRowsScanned();

    String[] getCapturedTables();

    boolean getSnapshotRunning();

    boolean getSnapshotCompleted();

    boolean getSnapshotAborted();

    long getSnapshotDurationInSeconds();

    long getTotalNumberOfEventsSeen();

    long getMilliSecondsSinceLastEvent();

    /** Rows copied by this task's snapshot, all tables. */
    long getRowsCopied();

    /** The captured tables' row estimate (information_schema TABLE_ROWS) when the snapshot started. */
    long getRowsEstimated();

    /** Rows copied of the estimate, 0-100; 100 once the snapshot is complete. */
    double getProgressPercent();

    /** Seconds until the snapshot completes by dtle's formula, remaining rows / rows per second so far. */
    long getEtaSeconds();
}
