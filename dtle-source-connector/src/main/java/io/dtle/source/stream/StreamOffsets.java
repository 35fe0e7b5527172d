package io.dtle.source.stream;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.offset.BinlogOffsetCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The task's source partition and the extra offset keys of a transaction in progress, on top of
 * {@link BinlogOffsetCodec}'s position: {@code last_committed} and {@code sequence_number} (the transaction's
 * logical clock, which a resumed reader does not see again), {@code total_order} (row changes of the transaction
 * emitted so far), {@code txn_begun} (1 once its BEGIN marker was emitted) and {@code txn_origin} (the dtle job
 * that applied the transaction: its bookkeeping row, read before the restart, is not read again).
 */
public final class StreamOffsets {
    public static final String PARTITION_KEY = "server";
    static final String LAST_COMMITTED = "last_committed";
    static final String SEQUENCE_NUMBER = "sequence_number";
    static final String TOTAL_ORDER = "total_order";
    static final String TXN_BEGUN = "txn_begun";
    static final String TXN_ORIGIN = "txn_origin";

    private StreamOffsets() {
    }

    /** One partition per connector, named by its topic prefix, like Debezium's. */
    public static Map<String, String> partition(String prefix) {
        return Map.of(PARTITION_KEY, prefix);
    }

    static Map<String, Object> encode(BinlogPosition position, TransactionState transaction) {
        Map<String, Object> offset = new LinkedHashMap<>(BinlogOffsetCodec.encode(position));
        if (position.isInTransaction() && transaction != null) {
            transaction.lastCommitted.ifPresent(value -> offset.put(LAST_COMMITTED, value));
            transaction.sequenceNumber.ifPresent(value -> offset.put(SEQUENCE_NUMBER, value));
            offset.put(TOTAL_ORDER, transaction.totalOrder());
            offset.put(TXN_BEGUN, transaction.begun() ? 1L : 0L);
            if (transaction.origin() != null) {
                offset.put(TXN_ORIGIN, transaction.origin());
            }
        }
        return offset;
    }

    /** The transaction a stored offset is inside of, or null between transactions. */
    static TransactionState resumedTransaction(BinlogPosition position, Map<String, ?> offset) {
        if (!position.isInTransaction()) {
            return null;
        }
        String gtid = position.transactionGtid().orElse(null);
        String id = gtid != null ? gtid : position.file().orElse("") + ":" + position.pos();
        TransactionState state = TransactionState.resumed(id, gtid, optional(offset.get(LAST_COMMITTED)),
                optional(offset.get(SEQUENCE_NUMBER)), number(offset.get(TOTAL_ORDER)),
                number(offset.get(TXN_BEGUN)) == 1L);
        Object origin = offset.get(TXN_ORIGIN);
        if (origin != null) {
            state.tagOrigin(origin.toString());
        }
        return state;
    }

    private static OptionalLong optional(Object value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(((Number) value).longValue());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
