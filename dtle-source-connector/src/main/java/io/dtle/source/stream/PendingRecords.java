package io.dtle.source.stream;

import io.dtle.common.record.DtleHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The records of one binlog event, given their offsets once the event is handled: every record but the last
 * carries the offset before the event, the last the offset after it. A task that stops between them therefore
 * handles the whole event again rather than losing its last records.
 */
final class PendingRecords {
    private record Pending(String topic, Schema keySchema, Object key, Schema valueSchema, Object value,
                           Headers headers) {
    }

    private final Map<String, ?> partition;
    private final Integer kafkaPartition;
    private final List<Pending> pending = new ArrayList<>(4);

    PendingRecords(Map<String, ?> partition, boolean singlePartition) {
        this.partition = partition;
        this.kafkaPartition = singlePartition ? 0 : null;
    }

    void add(String topic, Schema keySchema, Object key, Schema valueSchema, Object value, Headers headers) {
        pending.add(new Pending(topic, keySchema, key, valueSchema, value, headers));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Moves the pending records to {@code out} with their offsets. */
    void drainTo(List<SourceRecord> out, Map<String, ?> before, Map<String, ?> after) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Map<String, ?> offset = i == pending.size() - 1 ? after : before;
            out.add(new SourceRecord(partition, offset, p.topic, kafkaPartition, p.keySchema, p.key, p.valueSchema,
                    p.value, null, p.headers));
        }
        pending.clear();
    }

    /** The dtle.* headers of a transaction's records. */
    static Headers transactionHeaders(Headers headers, TransactionState transaction) {
        Headers target = headers == null ? new ConnectHeaders() : headers;
        if (transaction == null) {
            return target;
        }
        if (transaction.gtid != null) {
            target.addString(DtleHeaders.GTID, transaction.gtid);
        }
        transaction.lastCommitted.ifPresent(value -> target.addLong(DtleHeaders.LAST_COMMITTED, value));
        transaction.sequenceNumber.ifPresent(value -> target.addLong(DtleHeaders.SEQUENCE_NUMBER, value));
        if (transaction.origin() != null) {
            target.addString(DtleHeaders.ORIGIN, transaction.origin());
        }
        return target;
    }
}
