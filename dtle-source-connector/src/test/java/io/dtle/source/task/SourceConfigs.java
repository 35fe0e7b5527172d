package io.dtle.source.task;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.LocalMySqlServer;
import java.util.HashMap;
import java.util.Map;

/** Connector configs for the ITs: JSON converter, topics created by Connect, one database captured. */
final class SourceConfigs {
    private SourceConfigs() {
    }

    static Map<String, String> of(LocalMySqlServer mysql, String prefix, String database) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", DtleSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("database.hostname", mysql.host());
        config.put("database.port", Integer.toString(mysql.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("database.ssl.mode", "disabled");
        config.put("topic.prefix", prefix);
        config.put("database.include.list", database);
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        config.put("heartbeat.interval.ms", "0");
        return config;
    }
}
