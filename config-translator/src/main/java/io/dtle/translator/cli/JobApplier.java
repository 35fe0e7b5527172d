package io.dtle.translator.cli;

import io.dtle.translator.mapping.ConnectorConfig;
import io.dtle.translator.mapping.Translation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a translation to a Connect cluster: validates every connector config first and applies nothing if one
 * is invalid, then creates or updates each connector and waits until it and its tasks run.
 */
public final class JobApplier {
    private static final Duration POLL = Duration.ofMillis(250);

    private final ConnectRestClient connect;
    private final Duration timeout;

    public JobApplier(ConnectRestClient connect, Duration timeout) {
        this.connect = connect;
        this.timeout = timeout;
    }

    /** The validate endpoint's errors, per connector name and key; empty when every config is valid. */
    public Map<String, Map<String, List<String>>> validate(Translation translation) {
        Map<String, Map<String, List<String>>> problems = new LinkedHashMap<>();
        for (ConnectorConfig connector : translation.connectors()) {
            // The validate endpoint checks "name" like any required key; PUT takes it from the URL.
            Map<String, String> config = new LinkedHashMap<>(connector.config());
            config.put("name", connector.name());
            Map<String, List<String>> errors = connect.validate(connector.connectorClass(), config);
            if (!errors.isEmpty()) {
                problems.put(connector.name(), errors);
            }
        }
        return problems;
    }

    /** Validates, applies and waits; the statuses of the running connectors, in the translation's order. */
    public List<ConnectorStatus> apply(Translation translation) {
        create(translation);
        List<ConnectorStatus> statuses = new ArrayList<>();
        for (ConnectorConfig connector : translation.connectors()) {
            statuses.add(awaitRunning(connector.name()));
        }
        return statuses;
    }

    /** Validates every config, then creates or updates each connector without waiting for it to run. */
    public void create(Translation translation) {
        Map<String, Map<String, List<String>>> problems = validate(translation);
        if (!problems.isEmpty()) {
            throw new ApplyException(describe(problems));
        }
        for (ConnectorConfig connector : translation.connectors()) {
            connect.putConfig(connector.name(), connector.config());
        }
    }

    private ConnectorStatus awaitRunning(String name) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ConnectorStatus> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = connect.status(name);
            if (last.isPresent() && last.get().running()) {
                return last.get();
            }
            if (last.isPresent() && last.get().failed()) {
                throw new ApplyException("Connector failed: " + last.get());
            }
            sleep();
        }
        throw new ApplyException("Connector " + name + " did not reach RUNNING within " + timeout.toSeconds()
                + " s; last status: " + last.map(ConnectorStatus::toString).orElse("unknown to Connect"));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApplyException("Interrupted while waiting for connectors to run");
        }
    }

    static String describe(Map<String, Map<String, List<String>>> problems) {
        StringBuilder text = new StringBuilder("Nothing was applied: Kafka Connect rejects these configs:");
        problems.forEach((connector, errors) -> errors.forEach((key, messages) ->
                messages.forEach(m -> text.append("\n  ").append(connector).append(": ").append(key).append(": ")
                        .append(m))));
        return text.toString();
    }

    /** The translation could not be applied; the message says which connector and key, and why. */
    public static final class ApplyException extends RuntimeException {
        public ApplyException(String message) {
            super(message);
        }
    }
}
