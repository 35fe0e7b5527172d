package io.dtle.source.metric;

/**
 * The binlog stream's metrics, under {@code debezium.mysql:type=connector-metrics,context=streaming,server=<prefix>},
 * with Debezium's attribute names and meanings. {@code CurrentGtidSet} is dtle's name for Debezium's
 * {@code GtidSet}.
 */
public interface StreamingMetricsMXBean {
    boolean getConnected();

    long getMilliSecondsBehindSource();

    long getMilliSecondsSinceLastEvent();

    long getTotalNumberOfEventsSeen();

    long getTotalNumberOfCreateEventsSeen();

    long getTotalNumberOfUpdateEventsSeen();

    long getTotalNumberOfDeleteEventsSeen();

    long getNumberOfCommittedTransactions();

    String getLastTransactionId();

    String getGtidSet();

    String getCurrentGtidSet();

    boolean getIsGtidModeEnabled();

    String getBinlogFilename();

    long getBinlogPosition();

    int getQueueTotalCapacity();

    int getQueueRemainingCapacity();

    /** Always 0, as in dtle: streaming has no end to estimate. */
    long getEtaSeconds();
}
