package io.dtle.sink.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private static final TopicPartition PARTITION = new TopicPartition("p.ordered", 0);

    @Test
    void offsetsNeverPassAUnitThatIsNotCommitted() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.boundary(record(9));
        long first = tracker.register();
        tracker.boundary(record(19));
        long second = tracker.register();

        tracker.committed(second);
        assertThat(tracker.committable(false)).isEmpty();
        tracker.committed(first);
        assertThat(tracker.committable(false)).isEqualTo(Map.of(PARTITION, new OffsetAndMetadata(20)));
    }

    @Test
    void withNothingInFlightTheLastBoundaryCountsUnlessATransactionIsHalfRead() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.boundary(record(4));
        assertThat(tracker.committable(true)).isEmpty();
        assertThat(tracker.committable(false)).isEqualTo(Map.of(PARTITION, new OffsetAndMetadata(5)));
    }

    private static SinkRecord record(long offset) {
        return new SinkRecord(PARTITION.topic(), PARTITION.partition(), null, null, null, null, offset);
    }
}
