package io.dtle.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DtleSourceConfigTest {
    static final String SECRET = "s3cret-Pa55";

    static Map<String, String> minimal() {
        Map<String, String> props = new HashMap<>();
        props.put("database.hostname", "db.example");
        props.put("database.user", "cloud");
        props.put("database.password", SECRET);
        props.put("topic.prefix", "shop");
        return props;
    }

    static DtleSourceConfig config(String... keyValues) {
        Map<String, String> props = minimal();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return new DtleSourceConfig(props);
    }

    @Test
    void defaults() {
        DtleSourceConfig config = config();
        assertThat(config.port()).isEqualTo(3306);
        assertThat(config.charset()).isEqualTo("utf8mb4");
        assertThat(config.sslMode()).isEqualTo(SslMode.PREFERRED);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.topicRouting()).isEqualTo(TopicRouting.TABLE);
        assertThat(config.snapshotMode()).isEqualTo(SnapshotMode.INITIAL);
        assertThat(config.startPosition()).isEqualTo(StartPosition.of(StartPosition.Kind.SNAPSHOT));
        assertThat(config.skippedOperations()).isEmpty();
        assertThat(config.skippedDdl()).isEmpty();
        assertThat(config.snapshotChunkSize()).isEqualTo(2000);
        assertThat(config.snapshotFetchSize()).isZero();
        assertThat(config.maxQueueSize()).isEqualTo(8192);
        assertThat(config.maxBatchSize()).isEqualTo(2048);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.tombstonesOnDelete()).isTrue();
        assertThat(config.whereConditions().isEmpty()).isTrue();
        assertThat(config.tableFilter().includesDatabase("shop")).isTrue();
        assertThat(config.tableFilter().includesDatabase("mysql")).isFalse();
        assertThat(config.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"database.hostname", "database.user", "topic.prefix"})
    void requiredKeysAreNamedWhenMissing(String key) {
        Map<String, String> props = minimal();
        props.remove(key);
        assertThatThrownBy(() -> new DtleSourceConfig(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "database.port|0|Value must be at least 1",
        "database.port|70000|Value must be no more than 65535",
        "database.charset|utf-8|MySQL character set name",
        "database.ssl.mode|strict|disabled, preferred, required, verify_ca, verify_identity",
        "database.server.id|0|whole number from 1 to 4294967295",
        "database.server.id|4294967296|whole number from 1 to 4294967295",
        "database.server.id|abc|whole number from 1 to 4294967295",
        "connect.timeout.ms|0|Value must be at least 1",
        "topic.prefix|bad/prefix|letters, digits, '.', '_' and '-'",
        "topic.routing|random|table, ordered",
        "database.include.list|a(b|Java regular expressions; 'a(b' does not compile",
        "database.exclude.list|[x|Java regular expressions; '[x' does not compile",
        "table.include.list|d.t(|Java regular expressions; 'd.t(' does not compile",
        "table.exclude.list|*|Java regular expressions; '*' does not compile",
        "skipped.operations|c,x|list of [c, d, none, t, u]; 'x' is not one of them",
        "dtle.skip.ddl|drop_view|'drop_view' is not one of them",
        "snapshot.mode|always|initial, initial_only, no_data",
        "start.gtid|not-a-gtid|MySQL GTID set such as",
        "start.gtid|3e11fa47-71ca-11e1-9e33-c80aa9429562|MySQL GTID set such as",
        "start.gtid.first|0-1|one GTID such as",
        "start.gtid.first|3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5|one GTID such as",
        "start.at.current.position|maybe|Expected value to be either true or false",
        "start.binlog.file|../etc/passwd|binlog file name such as",
        "start.binlog.position|3|Value must be at least 4",
        "snapshot.chunk.size|0|Value must be at least 1",
        "snapshot.fetch.size|-1|Value must be at least 0",
        "max.queue.size|1|Value must be at least 2",
        "max.batch.size|0|Value must be at least 1",
        "poll.interval.ms|0|Value must be at least 1",
        "heartbeat.interval.ms|-1|Value must be at least 0",
        "tombstones.on.delete|yes|Expected value to be either true or false",
    })
    void everyValidatorNamesTheKeyAndWhatItAccepts(String key, String value, String accepted) {
        assertThatThrownBy(() -> config(key, value)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration " + key).hasMessageContaining(accepted);
    }

    @Test
    void thePasswordNeverShows() {
        DtleSourceConfig config = config();
        assertThat(config.toString()).doesNotContain(SECRET).contains("[hidden]");
        assertThat(config.values().toString()).doesNotContain(SECRET);
        assertThat(config.password().toString()).doesNotContain(SECRET);
        assertThat(config.password().value()).isEqualTo(SECRET);
        assertThat(DtleSourceConfig.CONFIG_DEF.validate(minimal()).toString()).doesNotContain(SECRET);
        assertThat(DtleSourceConfig.CONFIG_DEF.configKeys().get("database.password").type)
                .isEqualTo(ConfigDef.Type.PASSWORD);
    }

    @Test
    void everyKeyIsDocumentedGroupedAndValidated() {
        for (ConfigDef.ConfigKey key : DtleSourceConfig.CONFIG_DEF.configKeys().values()) {
            assertThat(key.documentation).as(key.name).matches("[A-Z'].{30,}\\.");
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.displayName).as(key.name).isNotBlank();
            boolean needsNoValidator = key.type == ConfigDef.Type.BOOLEAN || key.type == ConfigDef.Type.PASSWORD;
            assertThat(key.validator != null || needsNoValidator).as(key.name).isTrue();
        }
        assertThat(DtleSourceConfig.CONFIG_DEF.toEnrichedRst()).contains("database.server.id", "dtle.skip.ddl",
                "start.gtid.first", "snapshot.chunk.size", "Valid Values: a non-empty topic name part");
    }

    @Test
    void serverIdIsConfiguredOrDerivedStablyInTheHighRange() {
        assertThat(config("database.server.id", "5400").serverId()).isEqualTo(5400);
        long a = config("name", "orders-source").serverId();
        assertThat(a).isEqualTo(config("name", "orders-source").serverId())
                .isBetween(4_000_000_000L, 4_199_999_999L);
        assertThat(config("name", "users-source").serverId()).isNotEqualTo(a).isBetween(4_000_000_000L,
                4_199_999_999L);
        assertThat(config("name", "orders-source", "topic.prefix", "other").serverId()).isNotEqualTo(a);
    }

    @Test
    void filtersAreTyped() {
        DtleSourceConfig config = config("skipped.operations", "C,d", "dtle.skip.ddl", "drop_table, TRUNCATE",
                "where.shop.orders", " amount > 5 ");
        assertThat(config.skippedOperations()).containsExactly("c", "d");
        assertThat(config.skippedDdl()).containsExactly("drop_table", "truncate");
        assertThat(config.whereConditions().condition("shop", "orders")).contains("amount > 5");
        assertThat(config("skipped.operations", "none").skippedOperations()).isEmpty();
    }

    /** Issue #3: no schema history unless its Kafka is given; the topic follows the prefix. */
    @Test
    void schemaHistoryKeys() {
        assertThat(config().schemaHistoryBootstrapServers()).isEmpty();
        assertThat(config().schemaHistoryTopic()).isEqualTo("shop.schema-history");
        DtleSourceConfig configured = config("schema.history.kafka.bootstrap.servers", " k1:9092,k2:9093 ",
                "schema.history.kafka.topic", "dtle.history");
        assertThat(configured.schemaHistoryBootstrapServers()).isEqualTo("k1:9092,k2:9093");
        assertThat(configured.schemaHistoryTopic()).isEqualTo("dtle.history");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "schema.history.kafka.bootstrap.servers|kafka1",
            "schema.history.kafka.bootstrap.servers|k1:9092,,k2:9092",
            "schema.history.kafka.topic|history topic",
            "schema.history.kafka.topic|.."})
    void schemaHistoryKeysAreValidated(String key, String value) {
        assertThatThrownBy(() -> config(key, value)).isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }
}
