package io.dtle.source.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.RowChange;
import io.dtle.source.binlog.TransactionBegin;
import io.dtle.source.binlog.TransactionEnd;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StreamingMetricsTest {
    private static final String UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

    private final SnapshotMetricsTest.MutableClock clock = new SnapshotMetricsTest.MutableClock();
    private final StreamingMetrics metrics = new StreamingMetrics(clock);

    @Test
    void countsRowsAndTransactionsAndKeepsThePosition() {
        long committedAt = clock.millis() - 1500;
        BinlogPosition inside = BinlogPosition.ofFile("binlog.000003", 200);
        metrics.observe(new TransactionBegin(Optional.of(UUID + ":42"), OptionalLong.of(40), OptionalLong.of(41),
                OptionalLong.of(committedAt * 1000), committedAt, inside));
        metrics.observe(row(RowChange.Operation.INSERT, inside));
        metrics.observe(row(RowChange.Operation.UPDATE, inside));
        metrics.observe(row(RowChange.Operation.DELETE, inside));
        BinlogPosition after = BinlogPosition.of(GtidSet.parse(UUID + ":1-42"), null, "binlog.000003", 900, null, 0);
        metrics.observe(new TransactionEnd(Optional.empty(), OptionalLong.of(7), committedAt, after));

        assertThat(metrics.getTotalNumberOfEventsSeen()).isEqualTo(3);
        assertThat(metrics.getTotalNumberOfCreateEventsSeen()).isEqualTo(1);
        assertThat(metrics.getTotalNumberOfUpdateEventsSeen()).isEqualTo(1);
        assertThat(metrics.getTotalNumberOfDeleteEventsSeen()).isEqualTo(1);
        assertThat(metrics.getNumberOfCommittedTransactions()).isEqualTo(1);
        assertThat(metrics.getLastTransactionId()).isEqualTo(UUID + ":42");
        assertThat(metrics.getGtidSet()).isEqualTo(UUID + ":1-42").isEqualTo(metrics.getCurrentGtidSet());
        assertThat(metrics.getIsGtidModeEnabled()).isTrue();
        assertThat(metrics.getBinlogFilename()).isEqualTo("binlog.000003");
        assertThat(metrics.getBinlogPosition()).isEqualTo(900);
        assertThat(metrics.getMilliSecondsBehindSource()).isEqualTo(1500);
        clock.advance(Duration.ofMillis(300));
        assertThat(metrics.getMilliSecondsSinceLastEvent()).isEqualTo(300);
        assertThat(metrics.getEtaSeconds()).isZero();
    }

    @Test
    void withoutAReaderTheQueueIsEmptyAndDisconnected() {
        assertThat(metrics.getConnected()).isFalse();
        assertThat(metrics.getQueueTotalCapacity()).isZero();
        assertThat(metrics.getMilliSecondsBehindSource()).isEqualTo(-1);
        assertThat(metrics.getGtidSet()).isNull();
    }

    private static RowChange row(RowChange.Operation operation, BinlogPosition at) {
        return new RowChange(operation, null, new Serializable[] {1}, new Serializable[] {2}, 0, at);
    }
}
