package io.dtle.source.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.source.DtleSourceConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: the schema history's clients take {@code schema.history.kafka.producer.*} and {@code .consumer.*} (the
 * admin client the consumer's), e.g. to reach a Kafka secured with SASL/SSL, but keep the settings the history's
 * correctness rests on.
 */
class HistoryClientsTest {
    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\"u\" password=\"secret\";";

    private static HistoryClients clients(String... keyValues) {
        Map<String, String> props = new HashMap<>(Map.of("name", "orders-source", "topic.prefix", "shop",
                "database.hostname", "db", "database.user", "u", "database.password", "p",
                "schema.history.kafka.bootstrap.servers", "k1:9093"));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return new DtleSourceConfig(props).schemaHistoryClients();
    }

    @Test
    void securitySettingsReachEachClientWithThePrefixRemoved() {
        HistoryClients clients = clients(
                "schema.history.kafka.producer.security.protocol", "SASL_SSL",
                "schema.history.kafka.producer.sasl.mechanism", "PLAIN",
                "schema.history.kafka.producer.sasl.jaas.config", JAAS,
                "schema.history.kafka.consumer.security.protocol", "SSL",
                "schema.history.kafka.consumer.ssl.truststore.location", "/etc/kafka/truststore.jks");

        Properties producer = clients.producer("shop");
        assertThat(producer).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", JAAS).doesNotContainKey("ssl.truststore.location")
                .containsEntry("bootstrap.servers", "k1:9093").containsEntry("client.id", "dtle-schema-history-shop");
        Properties consumer = clients.consumer("shop");
        assertThat(consumer).containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks")
                .doesNotContainKey("sasl.jaas.config").containsEntry("bootstrap.servers", "k1:9093");
        Properties admin = clients.admin(1000);
        assertThat(admin).containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks")
                .containsEntry("client.id", "dtle-schema-history-admin").containsEntry("default.api.timeout.ms", 1000);
    }

    @Test
    void passThroughTunesTheClientsButCannotWeakenTheHistory() {
        HistoryClients clients = clients(
                "schema.history.kafka.producer.client.id", "history-writer",
                "schema.history.kafka.producer.linger.ms", "5",
                "schema.history.kafka.producer.acks", "1",
                "schema.history.kafka.producer.enable.idempotence", "false",
                "schema.history.kafka.producer.bootstrap.servers", "elsewhere:9092",
                "schema.history.kafka.consumer.enable.auto.commit", "true",
                "schema.history.kafka.consumer.auto.offset.reset", "latest");

        assertThat(clients.producer("shop")).containsEntry("client.id", "history-writer")
                .containsEntry("linger.ms", "5").containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("bootstrap.servers", "k1:9093");
        assertThat(clients.consumer("shop")).containsEntry("enable.auto.commit", false)
                .containsEntry("auto.offset.reset", "earliest").containsEntry("bootstrap.servers", "k1:9093");
    }

    @Test
    void withoutPassThroughTheClientsKeepTheirDefaults() {
        HistoryClients clients = clients();
        assertThat(clients.producer("shop")).containsEntry("acks", "all").containsEntry("linger.ms", 0)
                .doesNotContainKey("security.protocol");
        assertThat(clients.consumer("shop")).containsEntry("client.id", "dtle-schema-history-reader-shop")
                .doesNotContainKey("security.protocol");
    }
}
