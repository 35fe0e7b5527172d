package io.dtle.sink.bench;

import io.dtle.sink.e2e.Jobs;
import io.dtle.testing.LocalMySqlServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sink and its settings as one benchmark column: dtle's sink on the ordered topic, Debezium's on the table topic. */
public record SinkSetup(String label, boolean debezium, String urlOptions, Map<String, String> settings) {
    /** The Debezium JDBC sink's figure every other is compared with. */
    static final String BASELINE = "debezium tuned";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    private static final String SCHEMA_CACHING_JSON = "io.dtle.common.json.SchemaCachingJsonConverter";
    private static final String SIXTEEN_MIB = Integer.toString(16 * 1024 * 1024);
    private static final Map<String, String> BIG_FETCHES = Map.of("consumer.override.fetch.max.bytes", SIXTEEN_MIB,
            "consumer.override.max.partition.fetch.bytes", SIXTEEN_MIB);

    static List<SinkSetup> all() {
        Map<String, String> dtleTuned = new HashMap<>(BIG_FETCHES);
        dtleTuned.put("parallel.workers", "8");
        Map<String, String> debeziumTuned = new HashMap<>(BIG_FETCHES);
        debeziumTuned.put("batch.size", "2000");
        // The JDBC sink flushes at the end of each put(), so its batches never exceed one poll's records.
        debeziumTuned.put("consumer.override.max.poll.records", "2000");
        return List.of(new SinkSetup("dtle defaults", false, "", Map.of()),
                // Every source transaction and every snapshot batch in its own target transaction, as before grouping.
                new SinkSetup("dtle ungrouped", false, "", Map.of("group.max.transactions", "1",
                        "group.max.rows", "1")),
                new SinkSetup("dtle workers=8", false, "", Map.of("parallel.workers", "8")),
                // Groups of the size of one delivery, as before a group could wait for the next one.
                new SinkSetup("dtle groups per put", false, "", Map.of("group.max.delay.ms", "0",
                        "group.max.transactions", "200")),
                // Connect's default header converter, as before the translator set the sink's.
                new SinkSetup("dtle simple headers", false, "", Map.of("header.converter",
                        "org.apache.kafka.connect.storage.SimpleHeaderConverter")),
                // A group not full waits up to 100 ms for the next delivery while the sink lags (off by default).
                new SinkSetup("dtle wait 100ms", false, "", Map.of("group.max.delay.ms", "100")),
                // The sink converts the JSON itself on two threads; Connect passes the bytes (docs/SINK.md).
                new SinkSetup("dtle own converter", false, "", Map.of(
                        "record.converter", JSON_CONVERTER,
                        "key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                        "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter")),
                // Connect's JsonConverter, as the translator set it before SchemaCachingJsonConverter.
                new SinkSetup("dtle json converter", false, "", Map.of(
                        "key.converter", JSON_CONVERTER, "value.converter", JSON_CONVERTER)),
                // JsonConverter's bytes with each schema read once, converted by the sink on two threads.
                new SinkSetup("dtle own cached json", false, "", Map.of(
                        "record.converter", SCHEMA_CACHING_JSON,
                        "key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                        "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter")),
                new SinkSetup("dtle tuned", false, "", dtleTuned),
                // Independent transactions commit as they finish, so their commits share the target's fsyncs.
                new SinkSetup("dtle unordered", false, "", Map.of("parallel.workers", "8",
                        "parallel.preserve.commit.order", "false")),
                new SinkSetup("debezium defaults", true, "", Map.of()),
                new SinkSetup(BASELINE, true, "?rewriteBatchedStatements=true", debeziumTuned));
    }

    /** Debezium needs the table on the target up front; the dtle sink creates it from the topic's DDL. */
    boolean needsTargetTable() {
        return debezium;
    }

    Map<String, String> config(Workload workload, LocalMySqlServer target) {
        Map<String, String> config = debezium ? debezium(workload, target) : dtle(workload, target);
        config.putAll(settings);
        return config;
    }

    private static Map<String, String> dtle(Workload workload, LocalMySqlServer target) {
        return dtleDefaults(target, BenchTopics.orderedPrefix(workload));
    }

    /**
     * The dtle sink on topic {@code <prefix>.ordered} with the connector's default settings and Connect's consumer
     * defaults, its converters as the translator sets them.
     */
    public static Map<String, String> dtleDefaults(LocalMySqlServer target, String prefix) {
        Map<String, String> config = Jobs.sink(target, prefix);
        // Jobs' tests raise max.poll.records; the benchmark's defaults are the connector's and Connect's own.
        config.remove("consumer.override.max.poll.records");
        return config;
    }

    private Map<String, String> debezium(Workload workload, LocalMySqlServer target) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector");
        config.put("tasks.max", "1");
        config.put("topics", BenchTopics.tableTopic(workload));
        config.put("connection.url", "jdbc:mysql://" + target.host() + ":" + target.port() + "/"
                + workload.database() + urlOptions);
        config.put("connection.username", "root");
        config.put("connection.password", "");
        config.put("insert.mode", "upsert");
        config.put("primary.key.mode", "record_key");
        config.put("collection.name.format", "${source.table}");
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        return config;
    }
}
