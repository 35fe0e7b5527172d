package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void snapshotEtaFollowsDtlesFormula() {
        // 2,500 of 10,000 rows in 10 s: 7,500 rows left at the same pace take 30 s.
        assertThat(ProgressLine.snapshot("src", 2_500, 10_000, Duration.ofSeconds(10), 250))
                .isEqualTo("src: full copy 25% (2,500 of about 10,000 rows), 250 rows/s, ETA 30 s");
    }

    @Test
    void snapshotPastTheEstimateStaysBelowHundredPercent() {
        assertThat(ProgressLine.snapshot("src", 12_000, 10_000, Duration.ofSeconds(10), 0))
                .startsWith("src: full copy 99% (12,000 of about 12,000 rows)").endsWith("ETA 0 s");
    }

    @Test
    void snapshotWithNothingCopiedHasNoEta() {
        assertThat(ProgressLine.snapshot("src", 0, 0, Duration.ZERO, 0)).endsWith("ETA unknown").contains(" 0% ");
    }

    @Test
    void rateIsPerSecondAndNeverNegative() {
        assertThat(ProgressLine.rate(100, 600, Duration.ofMillis(2_000))).isEqualTo(250.0);
        assertThat(ProgressLine.rate(600, 100, Duration.ofSeconds(1))).isZero();
        assertThat(ProgressLine.rate(0, 100, Duration.ZERO)).isZero();
    }

    @Test
    void longEtasReadAsMinutesAndHours() {
        assertThat(ProgressLine.seconds(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(ProgressLine.seconds(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(ProgressLine.seconds(Duration.ofSeconds(3 * 3600 + 120))).isEqualTo("3 h 2 min");
    }

    @Test
    void sinkLineShowsLag() {
        assertThat(ProgressLine.sinkLag("sink", 1_234)).isEqualTo("sink: applying, lag 1,234 records");
    }
}
