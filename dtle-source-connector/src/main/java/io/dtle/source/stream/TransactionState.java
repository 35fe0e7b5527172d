package io.dtle.source.stream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The transaction being streamed: its id (the GTID, or file:pos without GTIDs), MySQL's logical clock, and what
 * was emitted of it so far. Only counters per table are kept, never the transaction's rows.
 */
final class TransactionState {
    final String id;
    final String gtid;
    final OptionalLong lastCommitted;
    final OptionalLong sequenceNumber;
    final long timestampMillis;
    private final Map<String, Long> perTable = new LinkedHashMap<>();
    private long totalOrder;
    private boolean begun;
    private String origin;

    TransactionState(String id, String gtid, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                     long timestampMillis) {
        this.id = id;
        this.gtid = gtid;
        this.lastCommitted = lastCommitted;
        this.sequenceNumber = sequenceNumber;
        this.timestampMillis = timestampMillis;
    }

    /** A transaction resumed after a restart: {@code totalOrder} events and the BEGIN marker already emitted. */
    static TransactionState resumed(String id, String gtid, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                                    long totalOrder, boolean begun) {
        TransactionState state = new TransactionState(id, gtid, lastCommitted, sequenceNumber, 0);
        state.totalOrder = totalOrder;
        state.begun = begun;
        return state;
    }

    boolean begun() {
        return begun;
    }

    void markBegun() {
        begun = true;
    }

    /** The UUID of the dtle job that applied this transaction (the dtle.origin header), or null. */
    String origin() {
        return origin;
    }

    void tagOrigin(String jobUuid) {
        origin = jobUuid;
    }

    long totalOrder() {
        return totalOrder;
    }

    /** Counts one more row change of {@code table}; returns {total_order, data_collection_order}. */
    long[] count(String table) {
        totalOrder++;
        long inTable = perTable.merge(table, 1L, Long::sum);
        return new long[] {totalOrder, inTable};
    }

    Map<String, Long> perTable() {
        return perTable;
    }
}
