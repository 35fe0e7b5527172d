package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * What the target refused while the connector tolerates errors ({@code errors.tolerance=all}), and so goes to
 * Connect's dead-letter queue when the stream reads it again:
 * <ul>
 * <li>source transactions, by GTID: every record of one is queued and only its GTID is written to the bookkeeping
 *     table, so it is neither applied in part nor tried again;</li>
 * <li>snapshot and per-table rows, which carry no GTID and are applied in batches: the rows of a refused batch are
 *     applied again one at a time, and a row refused alone is queued by its Kafka position.</li>
 * </ul>
 * Source transactions the target refused together (several applied in one target transaction) are applied alone
 * when read again, so the refusal names the one transaction at fault, whether errors are tolerated or not. The task
 * keeps this across the sessions it opens.
 */
public final class Refusals {
    private final ErrantRecordReporter reporter;
    private final Map<String, Throwable> transactions = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> oneRowAtATimeBefore = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Map<Long, Throwable>> rows = new ConcurrentHashMap<>();
    private final Set<Gtid> alone = ConcurrentHashMap.newKeySet();

    /** {@code reporter} null: nothing is tolerated, anything refused stops the task. */
    public Refusals(ErrantRecordReporter reporter) {
        this.reporter = reporter;
    }

    public boolean tolerated() {
        return reporter != null;
    }

    /** The transaction {@code gtid} is to go to the dead-letter queue with {@code error} when it is read again. */
    void addTransaction(String gtid, Throwable error) {
        transactions.put(gtid, error);
    }

    /** Rows before these positions are applied one per target transaction, to find which one the target refuses. */
    void oneRowAtATimeBefore(Map<TopicPartition, Long> positions) {
        positions.forEach((partition, offset) -> oneRowAtATimeBefore.merge(partition, offset, Math::max));
    }

    /** The row at this position is to go to the dead-letter queue with {@code error} when it is read again. */
    void addRow(TopicPartition partition, long offset, Throwable error) {
        rows.computeIfAbsent(partition, p -> new ConcurrentHashMap<>()).put(offset, error);
    }

    /** These transactions, refused together, are each to be applied in a target transaction of its own. */
    void applyAlone(Collection<Gtid> gtids) {
        alone.addAll(gtids);
    }

    boolean appliesAlone(Gtid gtid) {
        return alone.contains(gtid);
    }

    boolean containsTransaction(String gtid) {
        return transactions.containsKey(gtid);
    }

    /** Sends one record of refused transaction {@code gtid}; Connect writes it before it commits offsets. */
    void reportTransactionRecord(String gtid, SinkRecord record) {
        reporter.report(record, transactions.get(gtid));
    }

    /** The transaction's GTID is in the bookkeeping table now: it is skipped like any applied one. */
    void recorded(String gtid) {
        transactions.remove(gtid);
    }

    boolean oneRowAtATime(SinkRecord record) {
        Long before = oneRowAtATimeBefore.get(partition(record));
        return before != null && record.kafkaOffset() < before;
    }

    /** Sends {@code record} to the dead-letter queue if it is a refused row; true if it was one. */
    boolean reportIfRefusedRow(SinkRecord record) {
        Map<Long, Throwable> refused = rows.get(partition(record));
        Throwable error = refused == null ? null : refused.get(record.kafkaOffset());
        if (error == null) {
            return false;
        }
        reporter.report(record, error);
        return true;
    }

    private static TopicPartition partition(SinkRecord record) {
        return new TopicPartition(record.topic(), record.kafkaPartition());
    }
}
