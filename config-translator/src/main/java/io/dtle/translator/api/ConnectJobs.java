package io.dtle.translator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtle.source.DtleSourceConnector;
import io.dtle.translator.cli.ConnectRestClient;
import io.dtle.translator.cli.ConnectorStatus;
import io.dtle.translator.mapping.ConnectorNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The dtle jobs on a Connect cluster, found from its connectors in one REST call. */
final class ConnectJobs {
    static final String SINK_CLASS = "io.dtle.sink.DtleMySqlSinkConnector";
    private static final String SOURCE_SUFFIX = ConnectorNames.source("");
    private static final String SINK_SUFFIX = ConnectorNames.sink("");

    private final ConnectRestClient connect;

    ConnectJobs(ConnectRestClient connect) {
        this.connect = connect;
    }

    List<ConnectJob> list() {
        JsonNode all = connect.get("/connectors?expand=status&expand=info");
        Map<String, List<JobConnector>> byJob = new TreeMap<>();
        all.fields().forEachRemaining(entry -> {
            JsonNode info = entry.getValue().path("info");
            Map<String, String> config = new LinkedHashMap<>();
            info.path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            String connectorClass = config.getOrDefault("connector.class", "");
            String name = entry.getKey();
            ConnectorStatus status = ConnectorStatus.from(entry.getValue().path("status"));
            if (connectorClass.equals(DtleSourceConnector.class.getName()) && name.endsWith(SOURCE_SUFFIX)) {
                String job = name.substring(0, name.length() - SOURCE_SUFFIX.length());
                byJob.computeIfAbsent(job, j -> new ArrayList<>()).add(new JobConnector(name, "Src", config, status));
            } else if (connectorClass.equals(SINK_CLASS) && name.endsWith(SINK_SUFFIX)) {
                String job = name.substring(0, name.length() - SINK_SUFFIX.length());
                byJob.computeIfAbsent(job, j -> new ArrayList<>()).add(new JobConnector(name, "Dest", config, status));
            }
        });
        List<ConnectJob> jobs = new ArrayList<>();
        byJob.forEach((name, connectors) -> jobs.add(new ConnectJob(name, connectors)));
        return jobs;
    }

    /** A job by its ID (the name-based UUID dtle's API shows) or by its name. */
    Optional<ConnectJob> find(String idOrName) {
        return list().stream().filter(j -> j.id().equals(idOrName) || j.name().equals(idOrName)).findFirst();
    }
}
