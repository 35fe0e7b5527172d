package io.dtle.translator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A connector's state and its tasks' states, from GET /connectors/{name}/status. */
public record ConnectorStatus(String name, String state, String workerId, List<TaskState> tasks) {

    public ConnectorStatus {
        tasks = List.copyOf(tasks);
    }

    /** One task: its id, state, worker and, when it failed, the first line of its trace. */
    public record TaskState(int id, String state, String workerId, String error) {
    }

    public static ConnectorStatus from(JsonNode body) {
        List<TaskState> tasks = new ArrayList<>();
        for (JsonNode task : body.path("tasks")) {
            String trace = task.path("trace").asText("");
            tasks.add(new TaskState(task.path("id").asInt(), task.path("state").asText(),
                    task.path("worker_id").asText(), trace.lines().findFirst().orElse("")));
        }
        JsonNode connector = body.path("connector");
        return new ConnectorStatus(body.path("name").asText(), connector.path("state").asText(),
                connector.path("worker_id").asText(), tasks);
    }

    public boolean running() {
        return state.equals("RUNNING") && !tasks.isEmpty() && tasks.stream().allMatch(t -> t.state().equals("RUNNING"));
    }

    public boolean failed() {
        return state.equals("FAILED") || tasks.stream().anyMatch(t -> t.state().equals("FAILED"));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name + ": " + state);
        for (TaskState task : tasks) {
            text.append(", task ").append(task.id()).append(' ').append(task.state());
            if (!task.error().isEmpty()) {
                text.append(" (").append(task.error()).append(')');
            }
        }
        return text.toString();
    }
}
