package io.dtle.source.task;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Samples, in a background thread, the kind of the last record a read_committed consumer sees on an ordered topic
 * (END, BEGIN, c, r, ddl). Records whose Kafka transaction ended inside a source transaction would show up as BEGIN
 * or a row change; once the stream has caught up a crash leaves no trace of such commits, so they must be caught
 * while it runs.
 */
final class CommittedEndSampler {
    private static final int WINDOW = 200;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, Integer> lastOps = new TreeMap<>();
    private final CompletableFuture<Void> loop;

    private CommittedEndSampler(ConnectCluster connect, String topic) {
        loop = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                ConsumerRecord<byte[], byte[]> last = connect.lastCommitted(topic, WINDOW);
                if (last != null) {
                    String op = TopicRecords.of(List.of(last)).get(0).op();
                    synchronized (lastOps) {
                        lastOps.merge(op, 1, Integer::sum);
                    }
                }
            }
        });
    }

    static CommittedEndSampler start(ConnectCluster connect, String topic) {
        return new CommittedEndSampler(connect, topic);
    }

    /** Stops sampling and returns how often each kind of record was the last committed one. */
    Map<String, Integer> stop() {
        running.set(false);
        loop.join();
        synchronized (lastOps) {
            return new TreeMap<>(lastOps);
        }
    }
}
