package io.dtle.translator.mapping;

import static io.dtle.source.ConnectionConfigKeys.CHARSET_CONFIG;
import static io.dtle.source.ConnectionConfigKeys.HOSTNAME_CONFIG;
import static io.dtle.source.ConnectionConfigKeys.PASSWORD_CONFIG;
import static io.dtle.source.ConnectionConfigKeys.PORT_CONFIG;
import static io.dtle.source.ConnectionConfigKeys.USER_CONFIG;
import static io.dtle.source.OutputConfigKeys.TOPIC_PREFIX_CONFIG;
import static io.dtle.source.OutputConfigKeys.TOPIC_ROUTING_CONFIG;
import static io.dtle.source.PerformanceConfigKeys.SNAPSHOT_CHUNK_SIZE_CONFIG;
import static io.dtle.source.SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG;

import io.dtle.common.record.TopicRouting;
import io.dtle.source.DtleSourceConnector;
import io.dtle.translator.job.Endpoint;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.job.Tunable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source connector of a job: connection, capture lists and conditions, start position, topic routing
 * (ordered for a MySQL destination, per table for Kafka), the schema history's Kafka when known and the transforms
 * it needs.
 */
final class SourceConfigMapper {
    static final String TOPIC_CREATION_REPLICATION_FACTOR = "topic.creation.default.replication.factor";
    static final String TOPIC_CREATION_PARTITIONS = "topic.creation.default.partitions";

    private SourceConfigMapper() {
    }

    /** @param loopOrigins names of jobs whose applied transactions this source must drop; empty for none */
    static ConnectorConfig map(JobSpec job, TranslateOptions options, List<String> loopOrigins, Notes notes) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", DtleSourceConnector.class.getName());
        config.put("tasks.max", "1");
        putConnection(job.source(), config);
        String prefix = ConnectorNames.topicPrefix(job);
        config.put(TOPIC_PREFIX_CONFIG, prefix);
        config.put(TOPIC_ROUTING_CONFIG, (job.mysqlTarget().isPresent() ? TopicRouting.ORDERED : TopicRouting.TABLE)
                .configValue());
        config.put(TOPIC_CREATION_REPLICATION_FACTOR, "1");
        config.put(TOPIC_CREATION_PARTITIONS, "1");
        CaptureMapping.put(job.include(), job.exclude(), config);
        StartMapping.put(job.start(), config);
        SqlFilters.put(job.sqlFilter(), config);
        job.tunable(Tunable.ChunkSize).ifPresent(v -> config.put(SNAPSHOT_CHUNK_SIZE_CONFIG, v.toString()));
        ProducerBatching.put(job, config, notes);
        Transforms transforms = new Transforms();
        if (!loopOrigins.isEmpty()) {
            transforms.add("loop", TransformKeys.LOOP_DETECTION_CLASS,
                    Map.of(TransformKeys.LOOP_DETECTION_ORIGIN_JOBS, String.join(",", loopOrigins)));
        }
        job.kafkaTarget().ifPresent(kafka -> KafkaMapping.put(kafka, prefix, options, config, transforms));
        schemaHistoryServers(job, options).ifPresent(servers -> config.put(BOOTSTRAP_SERVERS_CONFIG, servers));
        if (job.mysqlTarget().isPresent()) {
            KafkaMapping.putJsonConverters(config);
        }
        transforms.putInto(config);
        return new ConnectorConfig(ConnectorNames.source(job.name()), config);
    }

    /**
     * The Connect cluster's Kafka when known, else a Kafka destination's brokers (the source writes there anyway);
     * with neither the source keeps no schema history and checks the binlog for DDL on each restart instead.
     */
    static Optional<String> schemaHistoryServers(JobSpec job, TranslateOptions options) {
        return options.kafkaBootstrap().or(() -> job.kafkaTarget().map(kafka -> String.join(",", kafka.brokers())));
    }

    private static void putConnection(Endpoint source, Map<String, String> config) {
        config.put(HOSTNAME_CONFIG, source.host());
        config.put(PORT_CONFIG, Integer.toString(source.port()));
        config.put(USER_CONFIG, source.user());
        config.put(PASSWORD_CONFIG, source.password());
        if (source.charset() != null) {
            config.put(CHARSET_CONFIG, source.charset());
        }
    }
}
