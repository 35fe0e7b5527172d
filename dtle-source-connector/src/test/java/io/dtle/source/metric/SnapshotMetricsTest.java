package io.dtle.source.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.relational.TableId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotMetricsTest {
    private final MutableClock clock = new MutableClock();
    private final SnapshotMetrics metrics = new SnapshotMetrics(clock);
    private final TableId a = new TableId("db", null, "a");
    private final TableId b = new TableId("db", null, "b");

    @Test
    void countsRowsPerTableAndEstimatesTheRest() {
        metrics.started(List.of(a, b), 2, 1000);
        clock.advance(Duration.ofSeconds(4));
        metrics.rowsCopied(a, 100);
        metrics.rowsCopied(a, 100);
        metrics.tableCompleted();
        metrics.rowsCopied(b, 50);

        assertThat(metrics.getSnapshotRunning()).isTrue();
        assertThat(metrics.getTotalTableCount()).isEqualTo(2);
        assertThat(metrics.getRemainingTableCount()).isEqualTo(1);
        assertThat(metrics.getRowsScanned()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("db.a", 200L, "db.b", 50L));
        assertThat(metrics.getCapturedTables()).containsExactly("db.a", "db.b");
        assertThat(metrics.getRowsCopied()).isEqualTo(250);
        assertThat(metrics.getRowsEstimated()).isEqualTo(1000);
        assertThat(metrics.getProgressPercent()).isEqualTo(25.0);
        assertThat(metrics.getEtaSeconds()).isEqualTo(12);
        assertThat(metrics.getSnapshotDurationInSeconds()).isEqualTo(4);
    }

    @Test
    void aCompletedSnapshotStopsItsClock() {
        metrics.started(List.of(a), 1, 10);
        clock.advance(Duration.ofSeconds(3));
        metrics.rowsCopied(a, 10);
        metrics.tableCompleted();
        metrics.completed();
        clock.advance(Duration.ofSeconds(60));

        assertThat(metrics.getSnapshotCompleted()).isTrue();
        assertThat(metrics.getSnapshotRunning()).isFalse();
        assertThat(metrics.getSnapshotDurationInSeconds()).isEqualTo(3);
        assertThat(metrics.getEtaSeconds()).isZero();
        assertThat(metrics.getProgressPercent()).isEqualTo(100.0);
        metrics.aborted();
        assertThat(metrics.getSnapshotAborted()).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
