package io.dtle.translator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtle.source.ConnectionConfigKeys;
import io.dtle.source.StartConfigKeys;
import io.dtle.translator.cli.ConnectorStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of dtle's HTTP API (its manual's "HTTP API说明"), built from Connect's state. */
final class DtleApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Connector config key under which the server keeps the posted job file, passwords masked. */
    static final String DEFINITION_CONFIG = "dtle.job.definition";

    private DtleApiJson() {
    }

    static ObjectNode jobSummary(ConnectJob job) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ID", job.id());
        node.put("Name", job.name());
        node.put("Type", "synchronous");
        node.put("Status", job.status());
        node.put("StatusDescription", job.statusDescription());
        node.putArray("Datacenters").add("dc1");
        return node;
    }

    static ObjectNode job(ConnectJob job) {
        ObjectNode node = jobSummary(job);
        ArrayNode tasks = node.putArray("Tasks");
        for (JobConnector connector : job.connectors()) {
            ObjectNode task = tasks.addObject();
            task.put("Type", connector.role());
            task.put("Driver", "MySQL");
            task.put("NodeID", connector.status().tasks().isEmpty() ? ""
                    : connector.status().tasks().get(0).workerId());
            task.put("Connector", connector.name());
            task.set("Config", taskConfig(connector));
        }
        job.source().map(s -> s.config().get(DEFINITION_CONFIG)).filter(d -> !d.isEmpty())
                .ifPresent(definition -> node.set("Definition", PasswordMask.mask(parse(definition))));
        return node;
    }

    private static ObjectNode taskConfig(JobConnector connector) {
        Map<String, String> config = connector.config();
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode connection = node.putObject("ConnectionConfig");
        boolean source = connector.role().equals("Src");
        connection.put("Host", config.get(source ? ConnectionConfigKeys.HOSTNAME_CONFIG : "connection.host"));
        connection.put("Port", config.getOrDefault(source ? ConnectionConfigKeys.PORT_CONFIG : "connection.port",
                "3306"));
        connection.put("User", config.get(source ? ConnectionConfigKeys.USER_CONFIG : "connection.username"));
        connection.put("Password", PasswordMask.MASK);
        if (source) {
            node.put("Gtid", config.getOrDefault(StartConfigKeys.START_GTID_CONFIG, ""));
        }
        return node;
    }

    static ArrayNode allocations(ConnectJob job) {
        ArrayNode allocations = MAPPER.createArrayNode();
        for (JobConnector connector : job.connectors()) {
            for (ConnectorStatus.TaskState task : connector.status().tasks()) {
                ObjectNode allocation = allocations.addObject();
                allocation.put("ID", allocationId(connector.name(), task.id()));
                allocation.put("JobID", job.id());
                allocation.put("TaskGroup", connector.role().equals("Src") ? "src" : "dest");
                allocation.put("NodeID", task.workerId());
                allocation.put("ClientStatus", clientStatus(task.state()));
                allocation.put("DesiredStatus", task.state().equals("PAUSED") ? "stop" : "run");
                ObjectNode state = allocation.putObject("TaskStates").putObject(connector.role());
                state.put("State", task.state().toLowerCase(Locale.ROOT));
                state.put("Failed", task.state().equals("FAILED"));
                state.put("Error", task.error());
            }
        }
        return allocations;
    }

    static String allocationId(String connector, int task) {
        return UUID.nameUUIDFromBytes((connector + "/" + task).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String clientStatus(String connectState) {
        return switch (connectState) {
            case "RUNNING" -> "running";
            case "FAILED" -> "failed";
            case "PAUSED", "STOPPED" -> "complete";
            default -> "pending";
        };
    }

    static ObjectNode node(String workerId, String status) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ID", UUID.nameUUIDFromBytes(workerId.getBytes(StandardCharsets.UTF_8)).toString());
        node.put("Name", workerId);
        node.put("HTTPAddr", workerId);
        node.put("Datacenter", "dc1");
        node.put("Status", status);
        node.put("StatusDescription", "");
        return node;
    }

    static ObjectNode registered(String jobName) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("Index", 0);
        node.put("KnownLeader", true);
        node.put("LastContact", 0);
        node.put("Success", true);
        node.put("ID", new ConnectJob(jobName, java.util.List.of()).id());
        return node;
    }

    static ObjectNode error(String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("Success", false);
        node.put("Error", message);
        return node;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }
}
