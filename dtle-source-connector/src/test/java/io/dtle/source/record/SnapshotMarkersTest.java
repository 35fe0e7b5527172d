package io.dtle.source.record;

import static io.dtle.source.record.SnapshotMarkers.forRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.connector.SnapshotRecord;
import org.junit.jupiter.api.Test;

class SnapshotMarkersTest {

    @Test
    void snapshotEndsWinOverTableEnds() {
        assertThat(forRow(true, true, true, true)).isEqualTo(SnapshotRecord.LAST);
        assertThat(forRow(true, false, true, false)).isEqualTo(SnapshotRecord.FIRST);
        assertThat(forRow(true, false, true, true)).isEqualTo(SnapshotRecord.FIRST);
        assertThat(forRow(false, true, false, true)).isEqualTo(SnapshotRecord.LAST);
    }

    @Test
    void tableEndsAndMiddleRows() {
        assertThat(forRow(false, false, true, false)).isEqualTo(SnapshotRecord.FIRST_IN_DATA_COLLECTION);
        assertThat(forRow(false, false, false, true)).isEqualTo(SnapshotRecord.LAST_IN_DATA_COLLECTION);
        assertThat(forRow(true, true, false, false)).isEqualTo(SnapshotRecord.TRUE);
    }
}
