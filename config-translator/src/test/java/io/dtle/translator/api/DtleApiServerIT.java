package io.dtle.translator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import io.dtle.translator.cli.ConnectRestClient;
import io.dtle.translator.mapping.TranslateOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dtle's HTTP API with real HTTP calls, in front of an embedded Connect cluster running a real job from a real
 * MySQL: register, list, show (passwords masked), allocations and stats, pause and resume with writes in
 * between (no row lost), nodes, delete, and a bad job.
 */
class DtleApiServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Api-s3cret";
    private static final Duration TIMEOUT = ConnectCluster.DEFAULT_TIMEOUT;
    private static final String TOPIC = "api-topic.api.t";

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static ConnectCluster connect;
    @AutoClose
    private static DtleApiServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        source = ServerOptions.mysql().user(DatabaseUser.of("dtle", PASSWORD,
                "SELECT, RELOAD, SHOW DATABASES, REPLICATION CLIENT, REPLICATION SLAVE")).start();
        connect = ConnectCluster.builder().workers(1).name("dtle-api").start();
        server = DtleApiServer.start(new InetSocketAddress("127.0.0.1", 0), new ConnectRestClient(connect.restUrl()),
                new TranslateOptions(connect.kafkaBootstrapServers()));
    }

    @Test
    void aJobThroughDtlesApiFromRegistrationToDeletion() throws Exception {
        source.execute("CREATE DATABASE api", "CREATE TABLE api.t (a INT PRIMARY KEY, b VARCHAR(20))",
                "INSERT INTO api.t VALUES (1, 'one'), (2, 'two')");
        JsonNode registered = call("POST", "/v1/jobs", job());
        assertThat(registered.path("Success").asBoolean()).isTrue();
        String id = registered.path("ID").asText();

        Await.until("the job running", TIMEOUT, () -> status(id).equals("running"), () -> status(id));
        JsonNode jobs = call("GET", "/v1/jobs", null);
        assertThat(jobs).anySatisfy(j -> {
            assertThat(j.path("ID").asText()).isEqualTo(id);
            assertThat(j.path("Name").asText()).isEqualTo("api-job");
        });
        String shown = call("GET", "/v1/job/" + id, null).toString();
        assertThat(shown).doesNotContain(PASSWORD).contains("\"Password\":\"*\"").contains("\"Definition\"");

        JsonNode allocations = call("GET", "/v1/job/" + id + "/allocations", null);
        assertThat(allocations).singleElement().satisfies(a -> {
            assertThat(a.path("ClientStatus").asText()).isEqualTo("running");
            assertThat(a.path("TaskGroup").asText()).isEqualTo("src");
        });
        JsonNode stats = call("GET", "/v1/agent/allocation/" + allocations.get(0).path("ID").asText() + "/stats", null);
        assertThat(stats.path("Status").asText()).isEqualTo("running");
        assertThat(stats.has("CurrentCoordinates")).isTrue();

        Await.until("the snapshot in Kafka", TIMEOUT, () -> kafkaRows().equals(sourceRows()), () -> kafkaRows() + "");
        call("POST", "/v1/job/" + id + "/pause", null);
        Await.until("the job paused", TIMEOUT, () -> status(id).equals("paused"), () -> status(id));
        source.execute("INSERT INTO api.t VALUES (3, 'three')", "UPDATE api.t SET b = 'ONE' WHERE a = 1",
                "DELETE FROM api.t WHERE a = 2", "INSERT INTO api.t VALUES (4, 'four')");
        call("POST", "/v1/job/" + id + "/resume", null);
        Await.until("the job running again", TIMEOUT, () -> status(id).equals("running"), () -> status(id));
        Await.until("every write made while paused in Kafka", TIMEOUT, () -> kafkaRows().equals(sourceRows()),
                () -> kafkaRows() + " vs " + sourceRows());

        assertThat(call("GET", "/v1/nodes", null)).isNotEmpty()
                .allSatisfy(n -> assertThat(n.path("Status").asText()).isEqualTo("ready"));
        assertThat(call("GET", "/v1/members", null).path("Members")).isNotEmpty();
        assertThat(call("GET", "/v1/leader", null).asText()).isNotEmpty();

        call("DELETE", "/v1/job/" + id, null);
        assertThat(call("GET", "/v1/jobs", null)).noneSatisfy(j -> assertThat(j.path("ID").asText()).isEqualTo(id));
        assertThat(send("GET", "/v1/job/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadJobIsRefusedWithThePathOfTheProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/v1/jobs",
                "{\"Name\": \"bad\", \"Tasks\": [{\"Type\": \"Src\", \"Config\": {\"ConnectionConfig\": {\"User\": \"u\"}}}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("Success").asBoolean()).isFalse();
        assertThat(body.path("Error").asText()).startsWith("$.Tasks[0].Config.ConnectionConfig.Host: ");
    }

    private static String job() {
        return """
                {"Name": "api-job", "Tasks": [
                  {"Type": "Src", "Config": {
                    "ReplicateDoDb": [{"TableSchema": "api", "Tables": [{"TableName": "t"}]}],
                    "ConnectionConfig": {"Host": "%s", "Port": %d, "User": "dtle", "Password": "%s"}}},
                  {"Type": "Dest", "Driver": "Kafka",
                   "Config": {"Topic": "api-topic", "Brokers": ["%s"], "Converter": "json"}}]}
                """.formatted(source.host(), source.port(), PASSWORD, connect.kafkaBootstrapServers());
    }

    /** The job's status; "not listed yet" right after registration, before Connect lists its new connectors. */
    private static String status(String id) {
        HttpResponse<String> response = send("GET", "/v1/job/" + id, null);
        if (response.statusCode() == 404) {
            return "not listed yet: " + response.body();
        }
        return call("GET", "/v1/job/" + id, null).path("Status").asText();
    }

    private static Map<Integer, String> kafkaRows() {
        return connect.endOffset(TOPIC) == 0 ? new TreeMap<>()
                : io.dtle.translator.DebeziumJsonRows.replay(connect.readAll(TOPIC));
    }

    private static Map<Integer, String> sourceRows() {
        return io.dtle.translator.DebeziumJsonRows.query(source, "api.t");
    }

    private static JsonNode call(String method, String path, String body) {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " answered no JSON", e);
        }
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json").build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
