package io.dtle.source.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotEtaTest {
    @Test
    void etaIsRemainingRowsAtTheRateSoFar() {
        // 250 of 1000 rows in 10 s: total time 40 s, 30 s to go (the manual's formula).
        assertThat(SnapshotEta.seconds(10_000, 250, 1000)).isEqualTo(30);
    }

    @Test
    void nothingCopiedYetGivesNoEstimate() {
        assertThat(SnapshotEta.seconds(5_000, 0, 1000)).isZero();
    }

    @Test
    void moreRowsThanTheEstimateMeansNoneRemain() {
        assertThat(SnapshotEta.seconds(5_000, 1200, 1000)).isZero();
        assertThat(SnapshotEta.percent(1200, 1000, false)).isEqualTo(100.0);
    }

    @Test
    void percentRoundsDownToATenthAndIsFullOnceComplete() {
        assertThat(SnapshotEta.percent(1, 3, false)).isEqualTo(33.3);
        assertThat(SnapshotEta.percent(0, 0, false)).isZero();
        assertThat(SnapshotEta.percent(10, 1000, true)).isEqualTo(100.0);
    }
}
