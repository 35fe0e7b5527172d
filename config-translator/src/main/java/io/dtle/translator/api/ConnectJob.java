package io.dtle.translator.api;

import io.dtle.common.job.JobIdentity;
import java.util.List;
import java.util.Optional;

/**
 * A dtle job as the connectors that run it: {@code <name>-source} and, for a MySQL destination,
 * {@code <name>-sink}. Its ID is the job's name-based UUID, the same on every server.
 */
record ConnectJob(String name, List<JobConnector> connectors) {

    String id() {
        return JobIdentity.uuidOf(name).toString();
    }

    /** dtle's job status: running, pending, paused, or dead (with the first failed task's error). */
    String status() {
        if (connectors.stream().anyMatch(c -> c.status().failed())) {
            return "dead";
        }
        if (connectors.stream().anyMatch(c -> c.status().state().equals("PAUSED"))) {
            return "paused";
        }
        return connectors.stream().allMatch(c -> c.status().running()) ? "running" : "pending";
    }

    String statusDescription() {
        return connectors.stream().flatMap(c -> c.status().tasks().stream())
                .filter(t -> t.state().equals("FAILED")).map(t -> t.error()).findFirst().orElse("");
    }

    Optional<JobConnector> source() {
        return connectors.stream().filter(c -> c.role().equals("Src")).findFirst();
    }
}
