package io.dtle.sink.apply;

/** The sink task's metrics over JMX: {@code io.dtle:type=sink-task-metrics,connector=<name>,task=<id>}. */
public interface SinkMetricsMXBean {
    /** Source transactions committed on the target. */
    long getTransactionsApplied();

    /** Source transactions skipped because the target already had them (replays after a restart). */
    long getTransactionsSkipped();

    /**
     * Source transactions the target refused that went to the dead-letter queue ({@code errors.tolerance=all})
     * instead of stopping the task; each is recorded in the bookkeeping table and not applied.
     */
    long getTransactionsSentToDeadLetterQueue();

    /** Row changes of source transactions written. */
    long getRowsApplied();

    /** Snapshot rows (op 'r') and per-table-topic rows written as upserts. */
    long getUpsertRowsApplied();

    /** DDL statements applied. */
    long getDdlApplied();

    /** Milliseconds from the last applied transaction's commit on the source to its commit on the target. */
    long getApplyLagMillis();

    /** Units (transactions or row batches) handed to the workers and not yet committed. */
    long getUnitsInFlight();

    /** Retries of transactions after a deadlock, lock wait timeout or lost connection. */
    long getRetries();

    /** Binlog inserts whose primary key existed on the target and that replaced that row. */
    long getInsertsReplacedByKey();

    /** Binlog updates that found no row on the target (a sign the target had diverged). */
    long getUpdatesMissingRow();

    /** The source GTIDs this job has applied to the target. */
    String getExecutedGtidSet();
}
