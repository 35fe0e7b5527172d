package io.dtle.translator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtle.translator.cli.ConnectRestClient;
import io.dtle.translator.cli.ConnectRestException;
import io.dtle.translator.cli.ConnectorStatus;

/**
 * GET /v1/agent/allocation/{id}/stats from what Connect's REST API tells: the task's state and, for a source,
 * the position in its committed offset (current GTID set, binlog file and position). Backlog, progress, ETA and
 * throughput live in the connectors' JMX metrics, which the REST API does not expose; they are null.
 */
final class AllocationStats {
    private AllocationStats() {
    }

    static ObjectNode of(ConnectRestClient connect, JobConnector connector, ConnectorStatus.TaskState task) {
        ObjectNode stats = DtleApiJson.MAPPER.createObjectNode();
        stats.put("Status", task.state().toLowerCase(java.util.Locale.ROOT));
        stats.put("NodeID", task.workerId());
        ObjectNode position = stats.putObject("CurrentCoordinates");
        if (connector.role().equals("Src")) {
            JsonNode offset = sourceOffset(connect, connector.name());
            position.put("GtidSet", offset.path("gtids").asText(""));
            position.put("File", offset.path("file").asText(""));
            position.put("Position", offset.path("pos").asLong(0));
        }
        stats.putNull("Backlog");
        stats.putNull("ProgressPct");
        stats.putNull("ETA");
        stats.putNull("Throughput");
        return stats;
    }

    private static JsonNode sourceOffset(ConnectRestClient connect, String name) {
        try {
            JsonNode offsets = connect.get("/connectors/" + name + "/offsets").path("offsets");
            return offsets.isArray() && !offsets.isEmpty() ? offsets.get(0).path("offset")
                    : DtleApiJson.MAPPER.createObjectNode();
        } catch (ConnectRestException e) {
            return DtleApiJson.MAPPER.createObjectNode();
        }
    }
}
