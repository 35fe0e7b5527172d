package io.dtle.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import io.dtle.common.expr.TableConditions;
import io.dtle.sink.DtleMySqlSinkConnector;
import io.dtle.sink.DtleSinkConfig;
import io.dtle.smt.WhereFilter;
import io.dtle.source.CaptureConfigKeys;
import io.dtle.source.DtleSourceConnector;
import io.dtle.source.SchemaHistoryConfigKeys;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * docs/CONFIGURATION.md, rendered from the ConfigDef of every dtle connector, transform and predicate registered
 * under META-INF/services, so the reference cannot drift from the code. Every build renders it in
 * ConfigurationReferenceTest, which fails when the committed copy differs (the offline repository has no
 * exec-maven-plugin to run this class in a build phase).
 */
public final class ConfigurationReference {
    static final String REGENERATE_COMMAND = "mvn -o -q test -pl dtle-launcher -Dtest=ConfigurationReferenceTest "
            + "-Ddtle.docs.regenerate=true";
    private static final String PACKAGE_PREFIX = "io.dtle.";

    /**
     * Keys with a variable part (such as {@code where.<db>.<table>}, or a client setting after a prefix), which no
     * ConfigDef can declare;
     * each plugin validates them itself.
     */
    private static final Map<String, Map<String, String>> NAMED_KEYS = Map.of(
            DtleSourceConnector.class.getName(), Map.of(CaptureConfigKeys.WHERE_PREFIX + "<db>.<table>",
                    CaptureConfigKeys.WHERE_DOC, SchemaHistoryConfigKeys.PRODUCER_PREFIX + "<setting>",
                    SchemaHistoryConfigKeys.PRODUCER_DOC, SchemaHistoryConfigKeys.CONSUMER_PREFIX + "<setting>",
                    SchemaHistoryConfigKeys.CONSUMER_DOC),
            DtleMySqlSinkConnector.class.getName(), DtleSinkConfig.PREFIXED_KEYS,
            WhereFilter.class.getName(), Map.of(TableConditions.KEY_PREFIX + "<db>.<table>",
                    "The row condition of table <db>.<table> in MySQL expression syntax; see the class description."));

    private ConfigurationReference() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ConfigurationReference <output file>");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, render(), StandardCharsets.UTF_8);
    }

    /** The whole Markdown page. */
    static String render() {
        StringBuilder page = new StringBuilder();
        page.append("# Configuration reference\n\n")
                .append("Generated from the plugins' ConfigDefs by the build; do not edit. Regenerate with\n`")
                .append(REGENERATE_COMMAND).append("`.\n\n")
                .append("Kafka Connect's own keys (`name`, `connector.class`, `tasks.max`, `topics`, converters, ")
                .append("`transforms`, `errors.*`, `topic.creation.*`, `consumer.override.*`...) are documented by ")
                .append("Apache Kafka and not repeated here.\n");
        List<Plugin> plugins = plugins();
        if (plugins.isEmpty()) {
            page.append("\nNo dtle plugin is on the class path.\n");
        }
        for (Plugin plugin : plugins) {
            page.append('\n').append(ConfigDefMarkdown.section(plugin.kind(), plugin.className(), plugin.config()));
            page.append(ConfigDefMarkdown.namedKeys(NAMED_KEYS.getOrDefault(plugin.className(), Map.of())));
        }
        return page.toString();
    }

    /** Every dtle plugin the class path registers, sources first, then sinks, transforms and predicates. */
    static List<Plugin> plugins() {
        List<Plugin> plugins = new ArrayList<>();
        connectors(SourceConnector.class, "Source connector", plugins);
        connectors(SinkConnector.class, "Sink connector", plugins);
        TreeMap<String, ConfigDef> transforms = new TreeMap<>();
        @SuppressWarnings("rawtypes")
        ServiceLoader<Transformation> transformations = ServiceLoader.load(Transformation.class);
        transformations.stream().filter(p -> isOurs(p.type())).forEach(p -> transforms.put(p.type().getName(),
                p.get().config()));
        transforms.forEach((name, config) -> plugins.add(new Plugin("Transform", name, config)));
        TreeMap<String, ConfigDef> predicates = new TreeMap<>();
        @SuppressWarnings("rawtypes")
        ServiceLoader<Predicate> loaded = ServiceLoader.load(Predicate.class);
        loaded.stream().filter(p -> isOurs(p.type())).forEach(p -> predicates.put(p.type().getName(),
                p.get().config()));
        predicates.forEach((name, config) -> plugins.add(new Plugin("Predicate", name, config)));
        return plugins;
    }

    private static <C extends Connector> void connectors(Class<C> type, String kind, List<Plugin> plugins) {
        ServiceLoader.load(type).stream().filter(p -> isOurs(p.type()))
                .sorted(Comparator.comparing(p -> p.type().getName()))
                .forEach(p -> plugins.add(new Plugin(kind, p.type().getName(), p.get().config())));
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith(PACKAGE_PREFIX);
    }

    /** One plugin class and its ConfigDef. */
    record Plugin(String kind, String className, ConfigDef config) {
    }
}
