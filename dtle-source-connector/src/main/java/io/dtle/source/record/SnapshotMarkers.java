package io.dtle.source.record;

import io.debezium.connector.SnapshotRecord;

/**
 * The {@code source.snapshot} value of a snapshot row, by Debezium's rule: {@code last} for
 * the snapshot's last row, {@code first} for its first, {@code last_in_data_collection} /
 * {@code first_in_data_collection} for a table's last / first row, {@code true} otherwise.
 * Consumers use these to tell when a snapshot (or one table's copy) is complete.
 */
public final class SnapshotMarkers {

    private SnapshotMarkers() {
    }

    public static SnapshotRecord forRow(boolean firstTable, boolean lastTable, boolean firstRowOfTable,
            boolean lastRowOfTable) {
        if (lastTable && lastRowOfTable) {
            return SnapshotRecord.LAST;
        }
        if (firstTable && firstRowOfTable) {
            return SnapshotRecord.FIRST;
        }
        if (lastRowOfTable) {
            return SnapshotRecord.LAST_IN_DATA_COLLECTION;
        }
        if (firstRowOfTable) {
            return SnapshotRecord.FIRST_IN_DATA_COLLECTION;
        }
        return SnapshotRecord.TRUE;
    }
}
