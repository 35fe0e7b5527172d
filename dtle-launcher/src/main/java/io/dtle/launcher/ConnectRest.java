package io.dtle.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The few calls of Kafka Connect's REST API the launcher makes. */
final class ConnectRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ConnectRest(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    URI base() {
        return base;
    }

    /** Whether the worker answers (and has joined its group: the root resource answers only then). */
    boolean isUp() {
        try {
            return send(HttpRequest.newBuilder(base).GET()).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Creates or updates a connector (PUT /connectors/{name}/config is idempotent, so a rerun changes nothing). */
    void putConnector(String name, Map<String, String> config) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(connector(name, "/config"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(config))));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Connect refused connector " + name + " (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
    }

    /** GET /connectors/{name}/status, or null while Connect does not know the connector yet. */
    JsonNode status(String name) {
        return getOrNull(connector(name, "/status"));
    }

    /** GET /connectors/{name}/offsets (Kafka 3.5 and later), or null when unavailable. */
    JsonNode offsets(String name) {
        return getOrNull(connector(name, "/offsets"));
    }

    private JsonNode getOrNull(URI uri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET());
        if (response.statusCode() != 200) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable answer from " + uri, e);
        }
    }

    private URI connector(String name, String path) {
        return base.resolve("connectors/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka Connect at " + base + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + base, e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
