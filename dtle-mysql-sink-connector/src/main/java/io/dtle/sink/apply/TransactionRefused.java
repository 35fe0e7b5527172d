package io.dtle.sink.apply;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The target refused source transaction {@link #gtid()} for its data (a constraint, data too long, a missing table):
 * applying it again gives the same error. Nothing of it was committed; everything before it was. Reading the topics
 * again from {@link #rewindTo()} reaches it again whole.
 */
public final class TransactionRefused extends ConnectException {
    private final String gtid;
    private final transient Map<TopicPartition, Long> rewindTo;

    TransactionRefused(String gtid, Map<TopicPartition, Long> rewindTo, Throwable cause) {
        super(cause.getMessage(), cause);
        this.gtid = gtid;
        this.rewindTo = Map.copyOf(rewindTo);
    }

    public String gtid() {
        return gtid;
    }

    /** Positions at or before the refused transaction's BEGIN with nothing uncommitted before them. */
    public Map<TopicPartition, Long> rewindTo() {
        return rewindTo;
    }
}
