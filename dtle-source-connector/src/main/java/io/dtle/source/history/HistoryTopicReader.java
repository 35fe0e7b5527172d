package io.dtle.source.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.connect.errors.ConnectException;

/** Reads the history topic from its start to its end offset at the time of the call: one connector's entries. */
final class HistoryTopicReader {
    private HistoryTopicReader() {
    }

    static List<HistoryEntry> read(HistoryClients clients, String topic, String key, Duration timeout) {
        String bootstrapServers = clients.bootstrapServers();
        TopicPartition partition = new TopicPartition(topic, 0);
        List<HistoryEntry> entries = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                clients.consumer(key), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), timeout).getOrDefault(partition, 0L);
            Instant deadline = Instant.now().plus(timeout);
            while (consumer.position(partition, timeout) < end) {
                if (Instant.now().isAfter(deadline)) {
                    throw new ConnectException("Reading the schema history topic " + topic + " at "
                            + bootstrapServers + " did not reach its end offset " + end + " within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && record.value() != null) {
                        entries.add(HistoryEntryCodec.decode(record.value()));
                    }
                }
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw HistoryTopic.failure("read", topic, bootstrapServers, e);
        }
        return entries;
    }
}
