package io.dtle.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples the job's connectors: state from Connect's status, the phase from the source offset (a snapshot offset
 * has {@code snapshot_table}), records and sink lag from Kafka when the broker's address is known.
 */
final class ProgressMonitor {
    private final ConnectRest rest;
    private final KafkaProgress kafka;
    private final List<ConnectorConfig> connectors;
    private final Map<String, Long> estimates = new HashMap<>();
    private final Map<String, Instant> snapshotStarts = new HashMap<>();
    private final Map<String, Long> lastCounts = new HashMap<>();
    private Instant lastSample;

    /** {@code kafka} may be null (an existing cluster whose broker address was not given): states only. */
    ProgressMonitor(ConnectRest rest, KafkaProgress kafka, List<ConnectorConfig> connectors) {
        this.rest = rest;
        this.kafka = kafka;
        this.connectors = List.copyOf(connectors);
    }

    List<String> sample() {
        Instant now = Instant.now();
        Duration since = lastSample == null ? Duration.ZERO : Duration.between(lastSample, now);
        List<String> lines = new ArrayList<>();
        for (ConnectorConfig connector : connectors) {
            lines.add(line(connector, now, since));
        }
        lastSample = now;
        return lines;
    }

    private String line(ConnectorConfig connector, Instant now, Duration since) {
        String name = connector.name();
        String problem = problem(rest.status(name));
        if (problem != null) {
            return ProgressLine.state(name, problem, null);
        }
        if (kafka == null) {
            return ProgressLine.state(name, "RUNNING", phase(connector));
        }
        if (connector.isSink()) {
            long lag = kafka.sinkLag(name);
            return lag < 0 ? ProgressLine.state(name, "RUNNING", "no offsets committed yet")
                    : ProgressLine.sinkLag(name, lag);
        }
        String prefix = connector.config().get("topic.prefix");
        long records = prefix == null ? -1 : kafka.recordsUnder(prefix);
        double rate = rate(name, records, since);
        if ("full copy".equals(phase(connector)) && connector.isDtleSource()) {
            Instant start = snapshotStarts.computeIfAbsent(name, n -> now);
            long estimate = estimates.computeIfAbsent(name, n -> SnapshotEstimate.rows(connector.config()));
            return ProgressLine.snapshot(name, Math.max(records, 0), estimate, Duration.between(start, now), rate);
        }
        return ProgressLine.streaming(name, Math.max(records, 0), rate);
    }

    private double rate(String key, long count, Duration since) {
        Long before = lastCounts.put(key, count);
        return before == null ? 0 : ProgressLine.rate(before, count, since);
    }

    /** "full copy" while the source's committed offset is a snapshot offset, else "streaming" (or null). */
    private String phase(ConnectorConfig connector) {
        if (connector.isSink()) {
            return null;
        }
        JsonNode offsets = rest.offsets(connector.name());
        if (offsets == null || offsets.path("offsets").isEmpty()) {
            return "full copy";
        }
        for (JsonNode entry : offsets.path("offsets")) {
            if (entry.path("offset").has("snapshot_table")) {
                return "full copy";
            }
        }
        return "streaming";
    }

    /** Null when the connector and its tasks run; otherwise what to show instead of progress. */
    private static String problem(JsonNode status) {
        if (status == null) {
            return "not created yet";
        }
        String state = status.path("connector").path("state").asText();
        if (!"RUNNING".equals(state)) {
            return state + firstLine(status.path("connector").path("trace").asText(""));
        }
        if (status.path("tasks").isEmpty()) {
            return "starting its task";
        }
        for (JsonNode task : status.path("tasks")) {
            if (!"RUNNING".equals(task.path("state").asText())) {
                return "task " + task.path("id").asText() + " " + task.path("state").asText()
                        + firstLine(task.path("trace").asText(""));
            }
        }
        return null;
    }

    private static String firstLine(String trace) {
        return trace.isEmpty() ? "" : ": " + trace.lines().findFirst().orElse("");
    }
}
