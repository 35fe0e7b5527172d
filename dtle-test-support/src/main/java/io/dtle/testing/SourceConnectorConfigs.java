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

    private SourceConnectorConfigs() {
    }

    /** Captures {@code databases} (a database.include.list) of {@code mysql} under topic prefix {@code prefix}. */
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
