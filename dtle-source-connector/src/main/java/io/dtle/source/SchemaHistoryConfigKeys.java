package io.dtle.source;

import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** Keys of the "Schema history" group: where the task keeps table definitions by binlog position. */
public final class SchemaHistoryConfigKeys {
    public static final String GROUP = "Schema history";
    public static final String DEFAULT_TOPIC_SUFFIX = ".schema-history";
    private static final Pattern HOST_PORT = Pattern.compile("[^\\s,:]+:\\d{1,5}");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");

    public static final String BOOTSTRAP_SERVERS_CONFIG = "schema.history.kafka.bootstrap.servers";
    public static final String BOOTSTRAP_SERVERS_DEFAULT = "";
    public static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers (host:port, comma-separated) of the topic "
            + "where the task keeps its schema history: the table definitions (captured or not) at the snapshot or "
            + "stream start and every DDL statement after it, each with its binlog position. A restart rebuilds the "
            + "definitions that held at its stored offset from it, so rows logged before a later DDL decode with "
            + "their own columns. Empty (a job applied with only a Connect URL): no history is kept, and a restart "
            + "first scans the binlog from its offset to the current position; if a DDL changed a captured table in "
            + "between, the task fails rather than decode rows with the wrong columns. For a secured Kafka, see "
            + "schema.history.kafka.producer.* and schema.history.kafka.consumer.*.";

    public static final String TOPIC_CONFIG = "schema.history.kafka.topic";
    public static final String TOPIC_DEFAULT = "";
    public static final String TOPIC_DOC = "The schema history topic; empty means '<topic.prefix>"
            + DEFAULT_TOPIC_SUFFIX + "'. The task creates it when missing with one partition and infinite retention; "
            + "an existing topic must have one partition. Never delete it while the connector's offsets are kept.";

    /**
     * Settings of the history's producer and consumer, passed through with the prefix removed, as Debezium's
     * schema.history.internal.producer.* and .consumer.*. Not ConfigDef keys: any client setting may follow the prefix.
     */
    public static final String PRODUCER_PREFIX = "schema.history.kafka.producer.";
    public static final String PRODUCER_DOC = "Keys 'schema.history.kafka.producer.<setting>' pass a Kafka producer "
            + "setting to the schema history's producer, e.g. security.protocol=SASL_SSL, sasl.mechanism, "
            + "sasl.jaas.config, ssl.truststore.location, for a secured Kafka. bootstrap.servers, acks (all) and "
            + "enable.idempotence (true) stay the history's own. Connect's REST API returns these keys as submitted: "
            + "give secrets through a config provider, such as ${file:/etc/kafka/history.properties:jaas}.";
    public static final String CONSUMER_PREFIX = "schema.history.kafka.consumer.";
    public static final String CONSUMER_DOC = "Keys 'schema.history.kafka.consumer.<setting>' pass a Kafka consumer "
            + "setting to the consumer that reads the schema history at a restart, and to the admin client that "
            + "creates its topic (as Debezium does); e.g. the same security settings as the producer's. "
            + "bootstrap.servers, enable.auto.commit (false) and auto.offset.reset (earliest) stay the history's own.";

    private SchemaHistoryConfigKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, BOOTSTRAP_SERVERS_DEFAULT, bootstrapServers(),
                        Importance.HIGH, BOOTSTRAP_SERVERS_DOC, GROUP, ++order, Width.LONG,
                        "Schema history Kafka bootstrap servers")
                .define(TOPIC_CONFIG, Type.STRING, TOPIC_DEFAULT, topic(), Importance.MEDIUM, TOPIC_DOC, GROUP,
                        ++order, Width.MEDIUM, "Schema history topic");
    }

    private static ConfigDef.Validator bootstrapServers() {
        return ConfigValidators.described("empty, or a comma-separated list of host:port", (name, value) -> {
            String text = value == null ? "" : ((String) value).trim();
            if (text.isEmpty()) {
                return;
            }
            for (String server : text.split(",")) {
                if (!HOST_PORT.matcher(server.trim()).matches()) {
                    throw new ConfigException(name, value, "Expected empty or a comma-separated list of host:port; '"
                            + server.trim() + "' is not host:port.");
                }
            }
        });
    }

    private static ConfigDef.Validator topic() {
        return ConfigValidators.described("empty, or a topic name of letters, digits, '.', '_' and '-'",
                (name, value) -> {
                    String text = value == null ? "" : ((String) value).trim();
                    if (!text.isEmpty() && (!TOPIC.matcher(text).matches() || text.equals(".")
                            || text.equals(".."))) {
                        throw new ConfigException(name, value, "Expected empty (the default '<topic.prefix>"
                                + DEFAULT_TOPIC_SUFFIX + "') or a topic name of letters, digits, '.', '_' and '-', "
                                + "at most 249 characters.");
                    }
                });
    }
}
