package io.dtle.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * A dtle source connector's config for ITs, as a mutable map to add to: the server's root account, JSON converter,
 * topics created by Connect with one partition, no heartbeats. The class is named, not referenced, because this
 * module does not depend on the connector.
 */
public final class SourceConnectorConfigs {
    public static final String CONNECTOR_CLASS = "io.dtle.source.DtleSourceConnector";
    public static final String SCHEMA_HISTORY_BOOTSTRAP_SERVERS = "schema.history.kafka.bootstrap.servers";

    private SourceConnectorConfigs() {
    }

    /**
     * Like {@link #of(LocalMySqlServer, String, String)}, with the schema history kept in {@code connect}'s Kafka,
     * as the launcher and the translator (when it knows the Kafka) set it up.
     */
    public static Map<String, String> of(ConnectCluster connect, LocalMySqlServer mysql, String prefix,
                                         String databases) {
        Map<String, String> config = of(mysql, prefix, databases);
        config.put(SCHEMA_HISTORY_BOOTSTRAP_SERVERS, connect.kafkaBootstrapServers());
        return config;
    }

    /**
     * Captures {@code databases} (a database.include.list) of {@code mysql} under topic prefix {@code prefix}, with no
     * schema history (a job applied with only a Connect URL).
     */
    public static Map<String, String> of(LocalMySqlServer mysql, String prefix, String databases) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", CONNECTOR_CLASS);
        config.put("tasks.max", "1");
        config.put("database.hostname", mysql.host());
        config.put("database.port", Integer.toString(mysql.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("database.ssl.mode", "disabled");
        config.put("topic.prefix", prefix);
        config.put("database.include.list", databases);
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        config.put("heartbeat.interval.ms", "0");
        return config;
    }
}
