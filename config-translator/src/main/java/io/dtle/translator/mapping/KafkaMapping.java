package io.dtle.translator.mapping;

import io.dtle.common.json.SchemaCachingJsonConverter;
import io.dtle.translator.job.JobFileException;
import io.dtle.translator.job.KafkaTarget;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Kafka destination: JSON converters with schemas (dtle's Converter json), routing of table and schema-change
 * topics (TopicWithSchemaTable, SchemaChangeTopic), and producer and admin overrides when Brokers is not the Connect
 * cluster's own Kafka; those need the worker setting connector.client.config.override.policy=All.
 */
final class KafkaMapping {
    /** JsonConverter's bytes, with each schema written and read once per schema (docs/SOURCE.md, "Converters"). */
    static final String JSON_CONVERTER = SchemaCachingJsonConverter.class.getName();
    static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    private KafkaMapping() {
    }

    static void put(KafkaTarget kafka, String prefix, TranslateOptions options, Map<String, String> config,
                    Transforms transforms) {
        putConverter(kafka.converter(), config);
        String brokers = String.join(",", kafka.brokers());
        if (options.kafkaBootstrap().map(connect -> !sameServers(connect, brokers)).orElse(true)) {
            config.put("producer.override.bootstrap.servers", brokers);
            // Connect creates the topics with its admin client: it must talk to the same cluster.
            config.put("admin.override.bootstrap.servers", brokers);
        }
        if (Boolean.FALSE.equals(kafka.topicWithSchemaTable())) {
            transforms.add("tables", TransformKeys.REGEX_ROUTER_CLASS, Map.of(
                    TransformKeys.REGEX_ROUTER_REGEX, CaptureMapping.quote(prefix) + "\\.[^.]+\\.[^.]+",
                    TransformKeys.REGEX_ROUTER_REPLACEMENT, kafka.topic()));
        }
        if (kafka.schemaChangeTopic() != null && !kafka.schemaChangeTopic().equals(prefix)) {
            transforms.add("schemachanges", TransformKeys.REGEX_ROUTER_CLASS, Map.of(
                    TransformKeys.REGEX_ROUTER_REGEX, CaptureMapping.quote(prefix),
                    TransformKeys.REGEX_ROUTER_REPLACEMENT, kafka.schemaChangeTopic()));
        }
    }

    private static void putConverter(String converter, Map<String, String> config) {
        if (converter != null && !converter.equalsIgnoreCase("json")) {
            throw new JobFileException("$..Converter", "Converter \"" + converter + "\" is not supported",
                    "use \"json\" (Debezium JSON with schemas), or translate with json and set key.converter and "
                            + "value.converter to your Avro converter yourself");
        }
        putJsonConverters(config);
    }

    /**
     * JSON with schemas for keys and values: Debezium's JSON, and what a MySQL-to-MySQL job's source and sink both
     * need whatever the worker's default converters are (a worker's StringConverter would turn rows into text).
     */
    static void putJsonConverters(Map<String, String> config) {
        config.put("key.converter", JSON_CONVERTER);
        config.put("key.converter.schemas.enable", "true");
        config.put("value.converter", JSON_CONVERTER);
        config.put("value.converter.schemas.enable", "true");
    }

    static boolean sameServers(String a, String b) {
        return servers(a).equals(servers(b));
    }

    private static Set<String> servers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

}
