package io.dtle.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtle.testing.ConnectCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a worker lists from the unzipped archive in each plugin.discovery mode (docs/INSTALL.md states it):
 * dtle's classes always; Debezium's MySqlConnector only when the worker scans jars (hybrid_warn, only_scan), never
 * with service_load, whose entries the build strips.
 */
class DiscoveryModeIT {
    @TempDir
    Path pluginPath;

    @ParameterizedTest
    @ValueSource(strings = {"service_load", "hybrid_warn"})
    void theArchiveOffersDtlesPlugins(String mode) throws Exception {
        PluginArchive.built().unzipInto(pluginPath);
        try (ConnectCluster connect = ConnectCluster.builder().name("dtle-discovery-" + mode)
                .workerProperty("plugin.path", pluginPath.toString()).workerProperty("plugin.discovery", mode)
                .start()) {
            List<String> plugins = plugins(connect.restUrl());
            System.out.printf("plugin.discovery=%s lists: %s%n", mode, plugins.stream()
                    .filter(p -> p.startsWith("io.dtle.") || p.startsWith("io.debezium.")).toList());
            assertThat(plugins).contains("io.dtle.source.DtleSourceConnector");
            if (mode.equals("service_load")) {
                assertThat(plugins).noneMatch(p -> p.startsWith("io.debezium."));
            } else {
                // Scanning finds Debezium's classes in lib/ despite the stripped entries, as INSTALL.md warns.
                assertThat(plugins).contains("io.debezium.connector.mysql.MySqlConnector");
            }
        }
    }

    private static List<String> plugins(String restUrl) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(restUrl + "connector-plugins?connectorsOnly=false")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> classes = new ArrayList<>();
        for (JsonNode plugin : new ObjectMapper().readTree(response.body())) {
            classes.add(plugin.path("class").asText());
        }
        return classes;
    }
}
