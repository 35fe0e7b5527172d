package io.dtle.translator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small client of Kafka Connect's REST API: validate, create or update, status, pause, resume, delete. */
public final class ConnectRestClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ConnectRestClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Errors the validate endpoint reports for a config, by key; empty when valid. A plugin the cluster does not
     * have is reported under "connector.class".
     */
    public Map<String, List<String>> validate(String connectorClass, Map<String, String> config) {
        Response response = send("PUT", "/connector-plugins/" + encode(connectorClass) + "/config/validate", config);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (response.status() >= 400) {
            errors.put("connector.class", List.of(response.message()));
            return errors;
        }
        for (JsonNode item : response.body().path("configs")) {
            JsonNode value = item.path("value");
            List<String> messages = new ArrayList<>();
            value.path("errors").forEach(e -> messages.add(e.asText()));
            if (!messages.isEmpty()) {
                errors.put(value.path("name").asText(), messages);
            }
        }
        return errors;
    }

    /** Creates the connector or replaces its config. */
    public void putConfig(String name, Map<String, String> config) {
        require(send("PUT", "/connectors/" + encode(name) + "/config", config), "configure connector " + name);
    }

    /** The connector's status; empty when Connect does not know it. */
    public Optional<ConnectorStatus> status(String name) {
        Response response = send("GET", "/connectors/" + encode(name) + "/status", null);
        if (response.status() == 404) {
            return Optional.empty();
        }
        require(response, "read the status of connector " + name);
        return Optional.of(ConnectorStatus.from(response.body()));
    }

    public List<String> connectors() {
        Response response = send("GET", "/connectors", null);
        require(response, "list connectors");
        List<String> names = new ArrayList<>();
        response.body().forEach(n -> names.add(n.asText()));
        return names;
    }

    /** The connector's config, as stored by Connect (passwords included: never print it as is). */
    public Map<String, String> config(String name) {
        Response response = send("GET", "/connectors/" + encode(name) + "/config", null);
        require(response, "read the config of connector " + name);
        Map<String, String> config = new LinkedHashMap<>();
        response.body().fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return config;
    }

    public void pause(String name) {
        require(send("PUT", "/connectors/" + encode(name) + "/pause", null), "pause connector " + name);
    }

    public void resume(String name) {
        require(send("PUT", "/connectors/" + encode(name) + "/resume", null), "resume connector " + name);
    }

    public void delete(String name) {
        Response response = send("DELETE", "/connectors/" + encode(name), null);
        if (response.status() != 404) {
            require(response, "delete connector " + name);
        }
    }

    /** GET of any path of the REST API, such as "/" for the worker's version. */
    public JsonNode get(String path) {
        Response response = send("GET", path, null);
        require(response, "GET " + path);
        return response.body();
    }

    private Response send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, publisher).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
            return new Response(response.statusCode(), json);
        } catch (IOException e) {
            throw new ConnectRestException("Cannot reach Kafka Connect at " + baseUrl + " (" + method + " " + path
                    + "): " + e.getMessage() + ". Check --connect-url and that the cluster is up.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectRestException("Interrupted while calling Kafka Connect", e);
        }
    }

    private static void require(Response response, String action) {
        if (response.status() >= 400) {
            throw new ConnectRestException("Kafka Connect refused to " + action + " (HTTP " + response.status() + "): "
                    + response.message(), null);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Response(int status, JsonNode body) {
        String message() {
            return body.path("message").asText(body.toString());
        }
    }
}
