package io.dtle.source.check;

import io.dtle.source.DtleSourceConfig;
import io.dtle.testing.LocalMySqlServer;
import java.util.HashMap;
import java.util.Map;

/** Source configs pointing at a test server. */
final class CheckConfigs {
    static final String USER = "cloud";
    static final String PASSWORD = "Cl0ud-pw!";
    static final String CAPTURE_GRANTS = "SELECT, REPLICATION CLIENT, REPLICATION SLAVE";

    private CheckConfigs() {
    }

    static Map<String, String> props(LocalMySqlServer server, String user, String password, String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("name", "checks-it");
        props.put("database.hostname", server.host());
        props.put("database.port", Integer.toString(server.port()));
        props.put("database.user", user);
        props.put("database.password", password);
        props.put("topic.prefix", "it");
        props.put("connect.timeout.ms", "5000");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    static DtleSourceConfig config(LocalMySqlServer server, String... keyValues) {
        return new DtleSourceConfig(props(server, USER, PASSWORD, keyValues));
    }

    static DtleSourceConfig configAs(LocalMySqlServer server, String user, String password, String... keyValues) {
        return new DtleSourceConfig(props(server, user, password, keyValues));
    }
}
