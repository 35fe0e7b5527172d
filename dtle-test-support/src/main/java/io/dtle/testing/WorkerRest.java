package io.dtle.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;

/** Connect REST calls to worker processes, for tests whose in-process worker has left the group. */
public final class WorkerRest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkerRest() {
    }

    /** Creates or updates a connector through any live worker, retrying while the group rebalances. */
    public static void putConfig(Collection<ProcessWorker> workers, String name, Map<String, String> config) {
        Await.until("a worker to accept connector " + name, ConnectCluster.DEFAULT_TIMEOUT, () -> {
            for (ProcessWorker worker : workers) {
                if (!worker.isAlive()) {
                    continue;
                }
                HttpRequest put = HttpRequest.newBuilder(URI.create("http://" + worker.workerId() + "/connectors/"
                                + name + "/config")).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config))).build();
                try {
                    if (HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode() < 300) {
                        return true;
                    }
                } catch (java.io.IOException e) {
                    // this worker is not answering yet
                }
            }
            return false;
        });
    }

    /** The connector's status JSON from any live worker, or "" when none answers. */
    public static String status(Collection<ProcessWorker> workers, String name) {
        for (ProcessWorker worker : workers) {
            if (!worker.isAlive()) {
                continue;
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://"
                        + worker.workerId() + "/connectors/" + name + "/status")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (java.io.IOException | InterruptedException e) {
                // try the next worker
            }
        }
        return "";
    }

    public static boolean taskRunning(Collection<ProcessWorker> workers, String name) {
        return status(workers, name).matches("(?s).*\"tasks\":\\[\\{[^]]*\"state\":\"RUNNING\".*");
    }

    /**
     * Whether the connector's first task runs on {@code worker}. After a crash the status topic still says RUNNING
     * on the dead worker until the group reassigns the task, so {@link #taskRunning} alone can be stale.
     */
    public static boolean taskRunningOn(Collection<ProcessWorker> workers, String name, ProcessWorker worker)
            throws IOException {
        String status = status(workers, name);
        if (status.isEmpty()) {
            return false;
        }
        JsonNode task = JSON.readTree(status).path("tasks").path(0);
        return "RUNNING".equals(task.path("state").asText()) && worker.workerId().equals(task.path("worker_id").asText());
    }

    public static boolean taskFailed(Collection<ProcessWorker> workers, String name) {
        return status(workers, name).contains("\"FAILED\"");
    }
}
