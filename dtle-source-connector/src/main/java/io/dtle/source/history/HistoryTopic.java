package io.dtle.source.history;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Makes sure the history topic exists with one partition (the order of entries is the binlog's) and infinite
 * retention (a baseline must outlive any offset that needs it), creating it when missing.
 */
final class HistoryTopic {
    private HistoryTopic() {
    }

    static void ensure(HistoryClients clients, String topic, Duration timeout) {
        String bootstrapServers = clients.bootstrapServers();
        Admin created;
        try {
            created = Admin.create(clients.admin((int) timeout.toMillis()));
        } catch (KafkaException e) {
            // A client setting (schema.history.kafka.consumer.*) the admin client refuses, e.g. SASL without JAAS.
            throw failure("connect to", topic, bootstrapServers, e);
        }
        try (Admin admin = created) {
            Optional<TopicDescription> existing = describe(admin, topic, timeout);
            if (existing.isPresent()) {
                int partitions = existing.get().partitions().size();
                if (partitions != 1) {
                    throw new ConnectException("The schema history topic " + topic + " has " + partitions
                            + " partitions; it needs exactly one so its entries stay in binlog order");
                }
                return;
            }
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty()).configs(Map.of(
                    "cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1"));
            try {
                admin.createTopics(List.of(newTopic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw failure("create", topic, bootstrapServers, e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while preparing the schema history topic " + topic, e);
        } catch (TimeoutException e) {
            throw failure("create", topic, bootstrapServers, e);
        }
    }

    private static Optional<TopicDescription> describe(Admin admin, String topic, Duration timeout)
            throws InterruptedException, TimeoutException {
        try {
            return Optional.of(admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw failure("describe", topic, "", e.getCause());
        }
    }

    static ConnectException failure(String action, String topic, String bootstrapServers, Throwable cause) {
        return new ConnectException("Cannot " + action + " the schema history topic " + topic
                + (bootstrapServers.isEmpty() ? "" : " at " + bootstrapServers) + ": " + cause, cause);
    }
}
