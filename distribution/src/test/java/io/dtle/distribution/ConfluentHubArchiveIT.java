package io.dtle.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * What the packaged archive holds. In Failsafe rather than Surefire because the zip only exists after the package
 * phase; it starts no server.
 */
class ConfluentHubArchiveIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PluginArchive archive = PluginArchive.built();

    @Test
    void manifestDescribesTheComponent() throws IOException {
        JsonNode manifest = JSON.readTree(read("manifest.json"));
        for (String field : List.of("name", "version", "owner", "title", "description", "features",
                "documentation_url", "license", "component_types", "supported_kafka_connect_versions")) {
            assertThat(manifest.has(field)).as("manifest.json field " + field).isTrue();
        }
        assertThat(manifest.get("version").asText()).doesNotContain("${").isNotBlank();
        assertThat(manifest.get("component_types").toString()).contains("source", "sink", "transform");
        assertThat(archive.zip().getFileName().toString()).isEqualTo("dtle-connect-" + manifest.get("version").asText()
                + ".zip");
    }

    @Test
    void libHoldsThePluginsWithoutWhatTheWorkerProvides() {
        List<String> lib = archive.entries().stream().filter(e -> e.startsWith("lib/") && e.endsWith(".jar"))
                .map(e -> e.substring(4)).toList();
        assertThat(lib).anyMatch(j -> j.startsWith("dtle-source-connector-"))
                .anyMatch(j -> j.startsWith("dtle-mysql-sink-connector-")).anyMatch(j -> j.startsWith("dtle-smt-"))
                .anyMatch(j -> j.startsWith("dtle-common-")).anyMatch(j -> j.startsWith("debezium-connector-mysql-"))
                .anyMatch(j -> j.startsWith("mysql-connector-j-"));
        assertThat(lib).noneMatch(j -> j.startsWith("connect-") || j.startsWith("kafka")
                || j.startsWith("slf4j") || j.startsWith("log4j") || j.startsWith("logback"));
    }

    /** Only our jars may list Kafka Connect plugins: Debezium's MySqlConnector must not show up as ours. */
    @Test
    void onlyDtleJarsRegisterConnectPlugins() throws IOException {
        List<String> registering = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.zip().toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
                    for (ZipEntry inner; (inner = jar.getNextEntry()) != null; ) {
                        if (inner.getName().startsWith("META-INF/services/org.apache.kafka.connect.")) {
                            registering.add(entry.getName().substring(entry.getName().lastIndexOf('/') + 1));
                        }
                    }
                }
            }
        }
        assertThat(registering).isNotEmpty().allMatch(j -> j.startsWith("dtle-"));
    }

    @Test
    void everyExampleConfigIsAConnectRestBody() throws IOException {
        List<String> configs = archive.entries().stream().filter(e -> e.startsWith("etc/") && e.endsWith(".json"))
                .toList();
        assertThat(configs).anyMatch(e -> e.startsWith("etc/1-to-1/")).anyMatch(e -> e.startsWith("etc/n-to-1/"))
                .anyMatch(e -> e.startsWith("etc/1-to-n-by-row/")).anyMatch(e -> e.startsWith("etc/1-to-n-by-table/"))
                .anyMatch(e -> e.startsWith("etc/bidirectional/")).anyMatch(e -> e.startsWith("etc/mysql-to-kafka/"))
                .anyMatch(e -> e.startsWith("etc/cloud-low-privilege/"));
        for (String config : configs) {
            JsonNode body = JSON.readTree(read(config));
            assertThat(body.path("name").asText()).as(config).isNotBlank();
            assertThat(body.path("config").path("connector.class").asText()).as(config).startsWith("io.dtle.");
        }
    }

    @Test
    void docHoldsReadmeLicenceAndConfigurationReference() {
        assertThat(archive.entries()).contains("doc/README.md", "doc/LICENSE.md", "doc/CONFIGURATION.md",
                "doc/INSTALL.md", "doc/USER-GUIDE.md", "doc/SINK.md", "doc/LIMITS.md");
        assertThat(archive.entries()).doesNotContain("doc/TESTING.md");
    }

    private byte[] read(String entryInTopDirectory) {
        try (ZipFile zip = new ZipFile(archive.zip().toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith("/" + entryInTopDirectory)
                    && e.getName().indexOf('/') == e.getName().length() - entryInTopDirectory.length() - 1)
                    .findFirst().orElseThrow(() -> new AssertionError(entryInTopDirectory + " is not in the archive"));
            return zip.getInputStream(entry).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
