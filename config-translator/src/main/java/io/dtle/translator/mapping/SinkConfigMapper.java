package io.dtle.translator.mapping;

import io.dtle.common.record.TopicNames;
import io.dtle.translator.job.Endpoint;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.job.SchemaSelection;
import io.dtle.translator.job.TableSelection;
import io.dtle.translator.job.Tunable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The MySQL sink of a job with a MySQL destination: it reads the source's ordered topic, applies each source
 * transaction once under the job's name, and renames databases, tables and columns as ReplicateDoDb says.
 */
final class SinkConfigMapper {
    private static final Map<Tunable, String> TUNABLES = Map.of(
            Tunable.ParallelWorkers, SinkKeys.PARALLEL_WORKERS,
            Tunable.ForeignKeyChecks, SinkKeys.FOREIGN_KEY_CHECKS,
            Tunable.RetryTxLimit, SinkKeys.RETRY_TX_LIMIT,
            Tunable.SetGtidNext, SinkKeys.SET_GTID_NEXT,
            Tunable.SkipCreateDbTable, SinkKeys.SKIP_CREATE_DB_TABLE,
            Tunable.DropTableIfExists, SinkKeys.DROP_TABLE_IF_EXISTS);

    private SinkConfigMapper() {
    }

    static ConnectorConfig map(JobSpec job, Endpoint target) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", SinkKeys.CONNECTOR_CLASS);
        // One ordered partition: one task keeps the source's commit order.
        config.put("tasks.max", "1");
        config.put("topics", TopicNames.orderedTopic(ConnectorNames.topicPrefix(job)));
        config.put(SinkKeys.HOST, target.host());
        config.put(SinkKeys.PORT, Integer.toString(target.port()));
        config.put(SinkKeys.USERNAME, target.user());
        config.put(SinkKeys.PASSWORD, target.password());
        if (target.charset() != null) {
            config.put(SinkKeys.CHARSET, target.charset());
        }
        config.put(SinkKeys.JOB_NAME, job.name());
        KafkaMapping.putJsonConverters(config);
        // The sink reads dtle's headers as text. Connect's default SimpleHeaderConverter parses every header value
        // to guess a type, a tenth of the sink task thread's time on single-row transactions (PERFORMANCE.md).
        config.put("header.converter", KafkaMapping.STRING_CONVERTER);
        TUNABLES.forEach((tunable, key) -> job.tunable(tunable).ifPresent(v -> config.put(key, v.toString())));
        putRenames(job, config);
        return new ConnectorConfig(ConnectorNames.sink(job.name()), config);
    }

    /** Tunables that only a sink uses, to report when the destination is Kafka. */
    static Iterable<Tunable> sinkTunables() {
        return TUNABLES.keySet();
    }

    private static void putRenames(JobSpec job, Map<String, String> config) {
        for (SchemaSelection schema : job.include()) {
            if (schema.rename() != null) {
                config.put(SinkKeys.DATABASE_RENAME_PREFIX + schema.name(), schema.rename());
            }
            for (TableSelection table : schema.tables()) {
                if (table.rename() != null) {
                    config.put(SinkKeys.TABLE_RENAME_PREFIX + schema.name() + "." + table.name(), table.rename());
                }
                if (!table.columns().isEmpty()) {
                    config.put(SinkKeys.COLUMNS_PREFIX + schema.name() + "." + table.name(), table.columns().stream()
                            .map(c -> c.from().equals(c.to()) ? c.from() : c.from() + ":" + c.to())
                            .collect(Collectors.joining(",")));
                }
            }
        }
    }
}
