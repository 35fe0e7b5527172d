package io.dtle.smt;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.LocalMySqlServer;
import java.util.HashMap;
import java.util.Map;

/** The dtle source connector's config for the ITs: ordered routing, JSON converter, topics created by Connect. */
final class SourcePipeline {
    private SourcePipeline() {
    }

    static Map<String, String> orderedSource(LocalMySqlServer mysql, String prefix, String databases) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", DtleSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("database.hostname", mysql.host());
        config.put("database.port", Integer.toString(mysql.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("database.ssl.mode", "disabled");
        config.put("topic.prefix", prefix);
        config.put("topic.routing", "ordered");
        config.put("database.include.list", databases);
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        config.put("heartbeat.interval.ms", "0");
        return config;
    }
}
