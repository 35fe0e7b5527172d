package io.dtle.source.task;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import java.util.Map;

/** Connector configs for the ITs: JSON converter, topics created by Connect, one database captured. */
final class SourceConfigs {
    private SourceConfigs() {
    }

    /** With the schema history in {@code connect}'s Kafka. */
    static Map<String, String> of(ConnectCluster connect, LocalMySqlServer mysql, String prefix, String database) {
        Map<String, String> config = SourceConnectorConfigs.of(connect, mysql, prefix, database);
        config.put("connector.class", DtleSourceConnector.class.getName());
        return config;
    }

    /** Without a schema history. */
    static Map<String, String> of(LocalMySqlServer mysql, String prefix, String database) {
        Map<String, String> config = SourceConnectorConfigs.of(mysql, prefix, database);
        config.put("connector.class", DtleSourceConnector.class.getName());
        return config;
    }
}
