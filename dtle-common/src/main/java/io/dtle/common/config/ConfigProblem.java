package io.dtle.common.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A problem with a configuration, reported against the keys it involves. The message names the
 * setting and says how to fix it; it never contains a password.
 */
public record ConfigProblem(List<String> keys, String message) {

    public ConfigProblem {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a problem names at least one key");
        }
        keys = List.copyOf(keys);
    }

    public static ConfigProblem of(String key, String message) {
        return new ConfigProblem(List.of(key), message);
    }

    /**
     * Adds each problem's message to the ConfigValue of every key it involves, as
     * {@code Connector.validate()} returns them. Keys without a ConfigValue (such as
     * {@code where.<db>.<table>}) get one, so the REST validate endpoint shows them too.
     */
    public static Config attach(Config config, List<ConfigProblem> problems) {
        Map<String, ConfigValue> byName = new LinkedHashMap<>();
        for (ConfigValue value : config.configValues()) {
            byName.put(value.name(), value);
        }
        for (ConfigProblem problem : problems) {
            for (String key : problem.keys()) {
                byName.computeIfAbsent(key, ConfigValue::new).addErrorMessage(problem.message());
            }
        }
        return new Config(new ArrayList<>(byName.values()));
    }

    /** Throws a non-retriable ConnectException listing every problem, for a task's or connector's start(). */
    public static void throwIfAny(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("The connector cannot start:");
        for (ConfigProblem problem : problems) {
            text.append(System.lineSeparator()).append(" - ").append(problem);
        }
        throw new ConnectException(text.toString());
    }

    @Override
    public String toString() {
        return String.join(", ", keys) + ": " + message;
    }
}
