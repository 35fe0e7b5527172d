package io.dtle.translator.mapping;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One connector: its name and the body of {@code PUT /connectors/{name}/config}, keys sorted. */
public record ConnectorConfig(String name, Map<String, String> config) {

    public ConnectorConfig {
        config = Collections.unmodifiableMap(new TreeMap<>(config));
    }

    public String connectorClass() {
        return config.get("connector.class");
    }
}
