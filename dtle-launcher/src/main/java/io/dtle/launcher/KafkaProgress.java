package io.dtle.launcher;

import io.dtle.source.SchemaHistoryConfigKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Topic end offsets and sink consumer lag, read from the broker with an admin client. */
final class KafkaProgress implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 10;
    private final Admin admin;

    KafkaProgress(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                "10000"));
    }

    /** Records written to every topic of a source: {@code <prefix>.ordered} or {@code <prefix>.<db>.<table>}. */
    long recordsUnder(String topicPrefix) {
        try {
            Set<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> ours = topics.stream().filter(t -> t.startsWith(topicPrefix + ".")
                    && !t.equals(topicPrefix + ".transaction")
                    && !t.equals(topicPrefix + SchemaHistoryConfigKeys.DEFAULT_TOPIC_SUFFIX)).toList();
            return endOffsets(ours).values().stream().mapToLong(Long::longValue).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Records in the sink's topics it has not committed yet (Connect's group is {@code connect-<name>}). */
    long sinkLag(String sinkName) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("connect-" + sinkName)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                return -1;
            }
            Map<TopicPartition, Long> ends = endOffsets(committed.keySet().stream().map(TopicPartition::topic)
                    .distinct().toList());
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                lag += end.getValue() - (position == null ? 0 : position.offset());
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Map<TopicPartition, Long> endOffsets(List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        descriptions.values().forEach(d -> d.partitions().forEach(p ->
                request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close();
    }
}
