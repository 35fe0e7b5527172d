package io.dtle.sink.apply;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Source transactions the target refused while the connector tolerates errors ({@code errors.tolerance=all}): the
 * stream reads each again, sends every record of it to Connect's dead-letter queue with the target's error, and
 * records its GTID in the bookkeeping table, so it is neither applied in part nor tried again. The task keeps this
 * across the sessions it opens.
 */
public final class RefusedTransactions {
    private final ErrantRecordReporter reporter;
    private final Map<String, Throwable> errors = new ConcurrentHashMap<>();

    /** {@code reporter} null: nothing is tolerated, a refused transaction stops the task. */
    public RefusedTransactions(ErrantRecordReporter reporter) {
        this.reporter = reporter;
    }

    public boolean tolerated() {
        return reporter != null;
    }

    /** The transaction {@code gtid} is to go to the dead-letter queue with {@code error} when it is read again. */
    public void add(String gtid, Throwable error) {
        errors.put(gtid, error);
    }

    boolean contains(String gtid) {
        return errors.containsKey(gtid);
    }

    /** Sends one record of refused transaction {@code gtid}; Connect writes it before it commits offsets. */
    void report(String gtid, SinkRecord record) {
        reporter.report(record, errors.get(gtid));
    }

    /** The transaction's GTID is in the bookkeeping table now: it is skipped like any applied one. */
    void recorded(String gtid) {
        errors.remove(gtid);
    }
}
