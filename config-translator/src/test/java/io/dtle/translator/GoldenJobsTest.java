package io.dtle.translator;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.source.DtleSourceConfig;
import io.dtle.source.DtleSourceConnector;
import io.dtle.source.SchemaHistoryConfigKeys;
import io.dtle.translator.cli.TranslationJson;
import io.dtle.translator.mapping.ConnectorConfig;
import io.dtle.translator.job.JobFiles;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.mapping.JobTranslator;
import io.dtle.translator.mapping.TranslateOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example job of dtle's manual, and dtle 3.x/4.x jobs (JSON and HCL), against the exact expected output beside it
 * ({@code <case>.expected.json}). Run with -Ddtle.golden.update=true to rewrite the expected files, then review
 * the diff.
 */
class GoldenJobsTest {
    private static final Path JOBS = Path.of("src/test/resources/jobs");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("manual-1to1", List.of("manual-1to1.json")),
                Arguments.of("manual-aggregation-src1", List.of("manual-aggregation-src1.json")),
                Arguments.of("manual-aggregation-src2", List.of("manual-aggregation-src2.json")),
                Arguments.of("manual-split-dst1", List.of("manual-split-dst1.json")),
                Arguments.of("manual-split-dst2", List.of("manual-split-dst2.json")),
                Arguments.of("manual-bidirectional",
                        List.of("manual-bidirectional-dc1-dc2.json", "manual-bidirectional-dc2-dc1.json")),
                Arguments.of("manual-cloud-to-cloud", List.of("manual-cloud-to-cloud.json")),
                Arguments.of("manual-mysql-to-kafka", List.of("manual-mysql-to-kafka.json")),
                Arguments.of("manual-all-fields", List.of("manual-all-fields.json")),
                Arguments.of("v3-mysql", List.of("v3-mysql.json")),
                Arguments.of("v3-kafka", List.of("v3-kafka.json")),
                Arguments.of("v3-twoway", List.of("v3-twoway.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void translatesExactlyAsExpected(String name, List<String> inputs) throws IOException {
        String actual = TranslationJson.write(JobTranslator.translate(read(inputs), TranslateOptions.offline()));
        Path expected = JOBS.resolve(name + ".expected.json");
        if (Boolean.getBoolean("dtle.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** dtle 3.x/4.x HCL job files, each the twin of a JSON job above, whose expected output they must match. */
    static Stream<Arguments> hclTwins() {
        return Stream.of(Arguments.of("v3-mysql"), Arguments.of("v3-kafka"), Arguments.of("v3-twoway"));
    }

    @ParameterizedTest(name = "{0}.hcl")
    @MethodSource("hclTwins")
    void hclJobTranslatesExactlyAsItsJsonTwin(String name) throws IOException {
        String actual = TranslationJson.write(JobTranslator.translate(read(List.of(name + ".hcl")),
                TranslateOptions.offline()));
        assertThat(actual).isEqualTo(Files.readString(JOBS.resolve(name + ".expected.json"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sourceConfigsPassTheSourceConnectorsOwnChecks(String name, List<String> inputs) throws IOException {
        for (ConnectorConfig connector : JobTranslator.translate(read(inputs), TranslateOptions.offline()).connectors()) {
            if (connector.connectorClass().equals(DtleSourceConnector.class.getName())) {
                Map<String, String> config = new HashMap<>(connector.config());
                config.put("name", connector.name());
                assertThat(new DtleSourceConfig(config).problems()).as(connector.name()).isEmpty();
            }
        }
    }

    /** Issue #3: a source keeps its schema history in the Connect cluster's Kafka when the translator knows it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sourcesKeepTheirSchemaHistoryInTheConnectClustersKafka(String name, List<String> inputs) throws IOException {
        for (ConnectorConfig connector : JobTranslator.translate(read(inputs), new TranslateOptions("kafka1:9092"))
                .connectors()) {
            if (connector.connectorClass().equals(DtleSourceConnector.class.getName())) {
                assertThat(connector.config()).as(connector.name())
                        .containsEntry(SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG, "kafka1:9092");
            }
        }
    }

    private static List<JobSpec> read(List<String> inputs) throws IOException {
        List<JobSpec> jobs = new ArrayList<>();
        for (String input : inputs) {
            jobs.add(JobFiles.read(Files.readString(JOBS.resolve(input), StandardCharsets.UTF_8)));
        }
        return jobs;
    }
}
