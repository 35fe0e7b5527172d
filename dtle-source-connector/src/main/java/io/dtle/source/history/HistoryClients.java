package io.dtle.source.history;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Settings of the history's own Kafka clients: ours, then the user's pass-through settings
 * ({@code schema.history.kafka.producer.*}, {@code schema.history.kafka.consumer.*}, e.g. SASL or SSL), then the few
 * the history's correctness rests on, which no pass-through setting can change. The admin client that creates the
 * topic takes the consumer's settings, as Debezium's does. Holds secrets: never log or print its settings.
 */
public final class HistoryClients {
    private final String bootstrapServers;
    private final Map<String, Object> producerSettings;
    private final Map<String, Object> consumerSettings;

    /** @param producerSettings, consumerSettings pass-through client settings, prefix removed */
    public HistoryClients(String bootstrapServers, Map<String, ?> producerSettings,
                          Map<String, ?> consumerSettings) {
        this.bootstrapServers = bootstrapServers;
        this.producerSettings = Map.copyOf(producerSettings);
        this.consumerSettings = Map.copyOf(consumerSettings);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    Properties producer(String key) {
        Properties props = new Properties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "dtle-schema-history-" + key);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) KafkaSchemaHistory.TIMEOUT.toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) KafkaSchemaHistory.TIMEOUT.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
        props.putAll(producerSettings);
        // Each entry must be stored, once, before the records that depend on it leave the task.
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return props;
    }

    Properties consumer(String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dtle-schema-history-reader-" + key);
        props.putAll(consumerSettings);
        // The reader assigns the partition and reads it whole from the start; it never commits a position.
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return props;
    }

    Properties admin(int timeoutMillis) {
        Properties props = new Properties();
        props.putAll(consumerSettings);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "dtle-schema-history-admin");
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
        return props;
    }
}
