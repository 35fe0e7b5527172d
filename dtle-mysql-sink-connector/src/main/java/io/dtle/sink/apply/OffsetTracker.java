package io.dtle.sink.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Which Kafka offsets may be committed: never past a record whose effect is not committed on the target, and only
 * at unit boundaries (a whole source transaction, a batch of snapshot rows). Units may commit out of order
 * (relaxed commit order); the committable position is that of the last unit with every earlier unit committed.
 */
final class OffsetTracker {
    private final Map<TopicPartition, Long> boundary = new HashMap<>();
    private final TreeMap<Long, Map<TopicPartition, Long>> pending = new TreeMap<>();
    private final Map<Long, Boolean> done = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final Map<TopicPartition, Long> firstSeen = new HashMap<>();
    private long nextUnit;

    /** The stream received this record; the first one of each partition is where this stream started reading. */
    synchronized void received(SinkRecord record) {
        firstSeen.putIfAbsent(new TopicPartition(record.topic(), record.kafkaPartition()), record.kafkaOffset());
    }

    /**
     * Where to read again so that nothing not committed on the target is missed: the committed position, or where
     * this stream started reading a partition no unit of which committed yet.
     */
    synchronized Map<TopicPartition, Long> rereadPositions() {
        Map<TopicPartition, Long> positions = new HashMap<>(firstSeen);
        positions.putAll(committed);
        return positions;
    }

    /** The stream thread passed a unit boundary at this record: everything up to it is handled or handed out. */
    synchronized void boundary(SinkRecord record) {
        boundary.put(new TopicPartition(record.topic(), record.kafkaPartition()), record.kafkaOffset() + 1);
    }

    /** The position after the last boundary, for a unit to store on the target with its effect. */
    synchronized Map<TopicPartition, Long> boundaryPositions() {
        return Map.copyOf(boundary);
    }

    /** Registers a unit ending at the current boundary; returns its ticket for {@link #committed}. */
    synchronized long register() {
        long ticket = nextUnit++;
        pending.put(ticket, Map.copyOf(boundary));
        return ticket;
    }

    synchronized void committed(long ticket) {
        done.put(ticket, Boolean.TRUE);
        while (!pending.isEmpty() && done.containsKey(pending.firstKey())) {
            Map.Entry<Long, Map<TopicPartition, Long>> first = pending.pollFirstEntry();
            done.remove(first.getKey());
            committed.putAll(first.getValue());
        }
    }

    synchronized boolean idle() {
        return pending.isEmpty();
    }

    /**
     * Offsets to commit: the last boundary when nothing is in flight and no transaction is half read, else what
     * the committed units cover.
     */
    synchronized Map<TopicPartition, OffsetAndMetadata> committable(boolean transactionOpen) {
        if (pending.isEmpty() && !transactionOpen) {
            committed.putAll(boundary);
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        committed.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        return offsets;
    }

    /** After a rewind: forget the boundary of records that will be read again. */
    synchronized void rewound(TopicPartition partition, long offset) {
        boundary.computeIfPresent(partition, (p, current) -> Math.min(current, offset));
    }
}
