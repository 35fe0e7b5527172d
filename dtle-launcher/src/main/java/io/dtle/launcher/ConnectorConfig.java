package io.dtle.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtle.source.SchemaHistoryConfigKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One connector to apply: its name and config, as in a body of Connect's REST API. */
record ConnectorConfig(String name, Map<String, String> config) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SOURCE_CLASS = "io.dtle.source.DtleSourceConnector";

    ConnectorConfig {
        config = Map.copyOf(config);
    }

    boolean isDtleSource() {
        return SOURCE_CLASS.equals(config.get("connector.class"));
    }

    /**
     * A dtle source without a schema history's Kafka gets {@code kafkaBootstrap} (the cluster it runs on) for it; a
     * configured one is kept. Other connectors, or an unknown Kafka (null), are returned as they are.
     */
    ConnectorConfig withSchemaHistory(String kafkaBootstrap) {
        String key = SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG;
        if (kafkaBootstrap == null || !isDtleSource() || !config.getOrDefault(key, "").isBlank()) {
            return this;
        }
        Map<String, String> with = new LinkedHashMap<>(config);
        with.put(key, kafkaBootstrap);
        return new ConnectorConfig(name, with);
    }

    boolean isSink() {
        return config.containsKey("topics") || config.containsKey("topics.regex");
    }

    /**
     * Every *.json file of a directory, sources first so a sink never waits on a topic nobody creates. A file is
     * {@code {"name": ..., "config": {...}}} (a POST /connectors body) or a flat config with a "name" key.
     */
    static List<ConnectorConfig> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("--configs " + directory + " is not a directory of connector JSON files");
        }
        List<ConnectorConfig> configs = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                configs.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        if (configs.isEmpty()) {
            throw new IllegalArgumentException(directory + " holds no *.json connector config");
        }
        configs.sort((a, b) -> Boolean.compare(a.isSink(), b.isSink()));
        return configs;
    }

    static ConnectorConfig read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode config = root.has("config") ? root.get("config") : root;
        String name = root.path("name").asText(config.path("name").asText(""));
        if (name.isEmpty()) {
            throw new IllegalArgumentException(file + " has no \"name\": give the connector a name");
        }
        Map<String, String> values = new LinkedHashMap<>();
        config.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        values.put("name", name);
        if (!values.containsKey("connector.class")) {
            throw new IllegalArgumentException(file + " has no \"connector.class\"");
        }
        return new ConnectorConfig(name, values);
    }
}
