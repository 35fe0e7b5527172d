package io.dtle.source;

import static io.dtle.source.CaptureConfigKeys.*;
import static io.dtle.source.ConnectionConfigKeys.*;
import static io.dtle.source.OutputConfigKeys.*;
import static io.dtle.source.PerformanceConfigKeys.*;
import static io.dtle.source.StartConfigKeys.*;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.config.OwnConversion;
import io.dtle.source.history.HistoryClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the dtle MySQL source connector. The keys and their docs live in one class
 * per group ({@link ConnectionConfigKeys}, {@link CaptureConfigKeys}, {@link StartConfigKeys},
 * {@link OutputConfigKeys}, {@link PerformanceConfigKeys}, {@link SchemaHistoryConfigKeys}); this class
 * assembles them and gives typed access. {@link #problems()} holds the checks between keys.
 */
public final class DtleSourceConfig extends AbstractConfig {
    /** Kafka Connect puts the connector's name under this key in every connector config. */
    public static final String CONNECTOR_NAME_CONFIG = "name";
    static final long DERIVED_SERVER_ID_BASE = 4_000_000_000L;
    static final long DERIVED_SERVER_ID_RANGE = 200_000_000L;

    public static final ConfigDef CONFIG_DEF = configDef();

    public DtleSourceConfig(Map<String, ?> props) {
        super(CONFIG_DEF, props, false);
    }

    public static ConfigDef configDef() {
        ConfigDef def = new ConfigDef();
        ConnectionConfigKeys.define(def);
        CaptureConfigKeys.define(def);
        StartConfigKeys.define(def);
        OutputConfigKeys.define(def);
        PerformanceConfigKeys.define(def);
        SchemaHistoryConfigKeys.define(def);
        return def;
    }

    /** Problems between keys, each valid alone; empty when the combination is consistent. */
    public List<ConfigProblem> problems() {
        return ConfigConsistency.problems(this);
    }

    public String hostname() {
        return getString(HOSTNAME_CONFIG);
    }

    public int port() {
        return getInt(PORT_CONFIG);
    }

    public String user() {
        return getString(USER_CONFIG);
    }

    /** The password, still wrapped: unwrap it only where a connection is opened. */
    public Password password() {
        return getPassword(PASSWORD_CONFIG);
    }

    public String charset() {
        return getString(CHARSET_CONFIG);
    }

    public SslMode sslMode() {
        return SslMode.parse(getString(SSL_MODE_CONFIG));
    }

    /** The binlog client's server id: the configured one, or one derived from the connector name and topic prefix. */
    public long serverId() {
        String configured = getString(SERVER_ID_CONFIG).trim();
        if (!configured.isEmpty()) {
            return Long.parseLong(configured);
        }
        Object name = originals().get(CONNECTOR_NAME_CONFIG);
        CRC32 crc = new CRC32();
        crc.update(((name == null ? "" : name) + "/" + topicPrefix()).getBytes(StandardCharsets.UTF_8));
        return DERIVED_SERVER_ID_BASE + crc.getValue() % DERIVED_SERVER_ID_RANGE;
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(getInt(CONNECT_TIMEOUT_MS_CONFIG));
    }

    public TableFilter tableFilter() {
        return new TableFilter(getList(DATABASE_INCLUDE_LIST_CONFIG), getList(DATABASE_EXCLUDE_LIST_CONFIG),
                getList(TABLE_INCLUDE_LIST_CONFIG), getList(TABLE_EXCLUDE_LIST_CONFIG));
    }

    public WhereConditions whereConditions() {
        return WhereConditions.from(originalsWithPrefix(WHERE_PREFIX));
    }

    /** Change kinds not to emit, among c, u, d and t; empty for 'none'. */
    public Set<String> skippedOperations() {
        Set<String> kinds = lowerCase(getList(SKIPPED_OPERATIONS_CONFIG));
        kinds.remove("none");
        return kinds;
    }

    /** DDL kinds not to emit, as named in dtle.skip.ddl; 'all' skips every DDL statement. */
    public Set<String> skippedDdl() {
        return lowerCase(getList(SKIP_DDL_CONFIG));
    }

    /** The snapshot mode in effect: any start.* key implies {@link SnapshotMode#NO_DATA}. */
    public SnapshotMode snapshotMode() {
        return startKeysSet().isEmpty() ? SnapshotMode.parse(getString(SNAPSHOT_MODE_CONFIG)) : SnapshotMode.NO_DATA;
    }

    /** Where the binlog phase starts when the connector has no stored offsets. */
    public StartPosition startPosition() {
        if (!startGtid().isEmpty()) {
            return StartPosition.gtid(StartPosition.Kind.AFTER_GTID_SET, startGtid());
        }
        String first = getString(START_GTID_FIRST_CONFIG).trim();
        if (!first.isEmpty()) {
            return StartPosition.gtid(StartPosition.Kind.AT_GTID, first);
        }
        if (!startBinlogFile().isEmpty()) {
            return StartPosition.binlog(startBinlogFile(), getLong(START_BINLOG_POSITION_CONFIG));
        }
        if (getBoolean(START_AT_CURRENT_CONFIG) || snapshotMode() == SnapshotMode.NO_DATA) {
            return StartPosition.of(StartPosition.Kind.CURRENT);
        }
        return StartPosition.of(StartPosition.Kind.SNAPSHOT);
    }

    public String topicPrefix() {
        return getString(TOPIC_PREFIX_CONFIG);
    }

    public TopicRouting topicRouting() {
        return TopicRouting.parse(getString(TOPIC_ROUTING_CONFIG));
    }

    public boolean tombstonesOnDelete() {
        return getBoolean(TOMBSTONES_ON_DELETE_CONFIG);
    }

    /** The heartbeat interval; zero when heartbeats are off. */
    public Duration heartbeatInterval() {
        return Duration.ofMillis(getInt(HEARTBEAT_INTERVAL_MS_CONFIG));
    }

    /** The schema history's Kafka brokers; empty when no history is kept. */
    public String schemaHistoryBootstrapServers() {
        return getString(SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG).trim();
    }

    /** The schema history's Kafka clients: its brokers and the pass-through producer and consumer settings. */
    public HistoryClients schemaHistoryClients() {
        return new HistoryClients(schemaHistoryBootstrapServers(),
                originalsWithPrefix(SchemaHistoryConfigKeys.PRODUCER_PREFIX),
                originalsWithPrefix(SchemaHistoryConfigKeys.CONSUMER_PREFIX));
    }

    /** The schema history topic, '<topic.prefix>.schema-history' unless configured. */
    public String schemaHistoryTopic() {
        String configured = getString(SchemaHistoryConfigKeys.TOPIC_CONFIG).trim();
        return configured.isEmpty() ? topicPrefix() + SchemaHistoryConfigKeys.DEFAULT_TOPIC_SUFFIX : configured;
    }

    public int snapshotChunkSize() {
        return getInt(SNAPSHOT_CHUNK_SIZE_CONFIG);
    }

    public int snapshotFetchSize() {
        return getInt(SNAPSHOT_FETCH_SIZE_CONFIG);
    }

    public int maxQueueSize() {
        return getInt(MAX_QUEUE_SIZE_CONFIG);
    }

    public int maxBatchSize() {
        return getInt(MAX_BATCH_SIZE_CONFIG);
    }

    /** The converter the connector applies itself (record.converter), or null when Connect converts. */
    public Class<?> recordConverter() {
        return getClass(PerformanceConfigKeys.RECORD_CONVERTER_CONFIG);
    }

    public int recordConverterThreads() {
        return getInt(PerformanceConfigKeys.RECORD_CONVERTER_THREADS_CONFIG);
    }

    /** The record converter's own settings: the keys after 'record.converter.', but not its thread count. */
    public Map<String, Object> recordConverterSettings() {
        return OwnConversion.settings(originalsWithPrefix(PerformanceConfigKeys.RECORD_CONVERTER_CONFIG + "."));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(getInt(POLL_INTERVAL_MS_CONFIG));
    }

    String startGtid() {
        return getString(START_GTID_CONFIG).trim();
    }

    String startBinlogFile() {
        return getString(START_BINLOG_FILE_CONFIG).trim();
    }

    /** The start.* keys that choose a position, in {@link StartConfigKeys#START_POSITION_KEYS} order. */
    List<String> startKeysSet() {
        List<String> set = new ArrayList<>();
        for (String key : START_POSITION_KEYS) {
            Object value = get(key);
            if (Boolean.TRUE.equals(value) || value instanceof String text && !text.isBlank()) {
                set.add(key);
            }
        }
        return set;
    }

    /** snapshot.mode as the user wrote it, or null when it was left to its default. */
    String explicitSnapshotMode() {
        return originals().containsKey(SNAPSHOT_MODE_CONFIG) ? getString(SNAPSHOT_MODE_CONFIG) : null;
    }

    private static Set<String> lowerCase(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        values.forEach(value -> result.add(value.trim().toLowerCase(Locale.ROOT)));
        return result;
    }

    /** Parsed values only: the password shows as [hidden]. */
    @Override
    public String toString() {
        return "DtleSourceConfig" + values();
    }

    /** Prints the configuration reference in reStructuredText, as Kafka's own configs do. */
    public static void main(String[] args) {
        System.out.println(CONFIG_DEF.toEnrichedRst());
        System.out.println("``" + WHERE_PREFIX + "<db>.<table>``");
        System.out.println("  " + WHERE_DOC);
        System.out.println();
        System.out.println("  * Type: string");
        System.out.println("  * Importance: medium");
    }
}
