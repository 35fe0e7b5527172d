package io.dtle.translator.mapping;

import java.util.List;

/** The connectors that run a set of jobs, and the job fields they leave out with the reasons. */
public record Translation(List<ConnectorConfig> connectors, List<JobNote> ignored) {

    public Translation {
        connectors = List.copyOf(connectors);
        ignored = List.copyOf(ignored);
    }
}
