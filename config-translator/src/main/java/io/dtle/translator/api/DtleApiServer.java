package io.dtle.translator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dtle.translator.cli.ConnectRestClient;
import io.dtle.translator.cli.ConnectRestException;
import io.dtle.translator.cli.JobApplier;
import io.dtle.translator.job.JobFileException;
import io.dtle.translator.job.JobFiles;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.mapping.ConnectorConfig;
import io.dtle.translator.mapping.JobTranslator;
import io.dtle.translator.mapping.TranslateOptions;
import io.dtle.translator.mapping.Translation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dtle's HTTP API in front of a Kafka Connect cluster: jobs are translated and applied as connectors, and read
 * back from them, so the server keeps no state of its own and any number of them can run. Passwords are "*" in
 * every response.
 */
public final class DtleApiServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8190;
    private static final Pattern JOB_PATH = Pattern.compile("/v1/job/([^/]+)(/(pause|resume|allocations))?");
    private static final Pattern STATS_PATH = Pattern.compile("/v1/agent/allocation/([^/]+)/stats");

    private final HttpServer http;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ConnectRestClient connect;
    private final ConnectJobs jobs;
    private final TranslateOptions options;

    private DtleApiServer(HttpServer http, ConnectRestClient connect, TranslateOptions options) {
        this.http = http;
        this.connect = connect;
        this.jobs = new ConnectJobs(connect);
        this.options = options;
    }

    /** Starts listening; port 0 picks a free port. */
    public static DtleApiServer start(InetSocketAddress address, ConnectRestClient connect, TranslateOptions options)
            throws IOException {
        DtleApiServer server = new DtleApiServer(HttpServer.create(address, 0), connect, options);
        server.http.createContext("/v1/", server::handle);
        server.http.setExecutor(server.executor);
        server.http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange);
            } catch (JobFileException | JobApplier.ApplyException e) {
                response = new Response(400, DtleApiJson.error(e.getMessage()));
            } catch (ConnectRestException e) {
                response = new Response(502, DtleApiJson.error(e.getMessage()));
            }
            byte[] body = DtleApiJson.MAPPER.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Response route(String method, String path, HttpExchange exchange) throws IOException {
        switch (path) {
            case "/v1/jobs" -> {
                if (method.equals("POST") || method.equals("PUT")) {
                    return register(read(exchange.getRequestBody()));
                }
                return ok(listJobs());
            }
            case "/v1/nodes" -> {
                return ok(nodes());
            }
            case "/v1/members" -> {
                ObjectNode members = DtleApiJson.MAPPER.createObjectNode();
                members.set("Members", nodes());
                return ok(members);
            }
            case "/v1/leader" -> {
                return ok(DtleApiJson.MAPPER.getNodeFactory().textNode(leader()));
            }
            default -> { }
        }
        Matcher job = JOB_PATH.matcher(path);
        if (job.matches()) {
            return jobAction(method, job.group(1), Optional.ofNullable(job.group(3)).orElse(""));
        }
        Matcher stats = STATS_PATH.matcher(path);
        if (stats.matches()) {
            return stats(stats.group(1));
        }
        return new Response(404, DtleApiJson.error("No such API: " + method + " " + path));
    }

    private Response jobAction(String method, String id, String action) {
        Optional<ConnectJob> found = jobs.find(id);
        if (found.isEmpty()) {
            return new Response(404, DtleApiJson.error("No job with ID or name " + id + "; GET /v1/jobs lists them"));
        }
        ConnectJob job = found.get();
        switch (action) {
            case "pause", "resume" -> {
                job.connectors().forEach(c -> {
                    if (action.equals("pause")) {
                        connect.pause(c.name());
                    } else {
                        connect.resume(c.name());
                    }
                });
                return ok(DtleApiJson.registered(job.name()));
            }
            case "allocations" -> {
                return ok(DtleApiJson.allocations(job));
            }
            default -> {
                if (method.equals("DELETE")) {
                    job.connectors().forEach(c -> connect.delete(c.name()));
                    return ok(DtleApiJson.registered(job.name()));
                }
                return ok(DtleApiJson.job(job));
            }
        }
    }

    /** POST /v1/jobs: translate, validate every connector, then create or update them (nothing if one is invalid). */
    private Response register(String body) {
        JobSpec spec = JobFiles.read(body);
        Translation translation = JobTranslator.translate(List.of(spec), options);
        String masked = PasswordMask.mask(DtleApiJson.parse(body)).toString();
        List<ConnectorConfig> connectors = new ArrayList<>();
        for (ConnectorConfig connector : translation.connectors()) {
            Map<String, String> config = new LinkedHashMap<>(connector.config());
            if (connector.name().endsWith("-source")) {
                config.put(DtleApiJson.DEFINITION_CONFIG, masked);
            }
            connectors.add(new ConnectorConfig(connector.name(), config));
        }
        new JobApplier(connect, Duration.ZERO).create(new Translation(connectors, translation.ignored()));
        return ok(DtleApiJson.registered(spec.name()));
    }

    private ArrayNode listJobs() {
        ArrayNode list = DtleApiJson.MAPPER.createArrayNode();
        jobs.list().forEach(job -> list.add(DtleApiJson.jobSummary(job)));
        return list;
    }

    /** The workers Connect names in its task statuses, and the one this server talks to. */
    private ArrayNode nodes() {
        Map<String, String> workers = new LinkedHashMap<>();
        workers.put(leader(), "ready");
        for (ConnectJob job : jobs.list()) {
            job.connectors().forEach(c -> c.status().tasks().forEach(t -> workers.putIfAbsent(t.workerId(), "ready")));
        }
        ArrayNode nodes = DtleApiJson.MAPPER.createArrayNode();
        workers.forEach((worker, status) -> nodes.add(DtleApiJson.node(worker, status)));
        return nodes;
    }

    /** Connect's REST API does not name its group leader: the worker this server talks to stands for it. */
    private String leader() {
        String url = connect.baseUrl();
        return url.replaceFirst("^https?://", "");
    }

    private Response stats(String allocationId) {
        for (ConnectJob job : jobs.list()) {
            for (JobConnector connector : job.connectors()) {
                for (var task : connector.status().tasks()) {
                    if (DtleApiJson.allocationId(connector.name(), task.id()).equals(allocationId)) {
                        return ok(AllocationStats.of(connect, connector, task));
                    }
                }
            }
        }
        return new Response(404, DtleApiJson.error("No allocation " + allocationId
                + "; GET /v1/job/{id}/allocations lists them"));
    }

    private static String read(InputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    private record Response(int status, JsonNode body) {
    }
}
