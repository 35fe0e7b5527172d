package io.dtle.source;

import io.dtle.common.Version;
import io.dtle.common.config.ConfigProblem;
import io.dtle.source.check.SourceServerChecks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * dtle's MySQL source: a consistent copy of the captured tables, then the binlog, as Debezium-compatible records.
 *
 * <p>One binlog is read once, so there is exactly one task. The broker in a dtle deployment does not create topics
 * on first use: give the connector {@code topic.creation.default.replication.factor} and
 * {@code topic.creation.default.partitions=1} (the ordered topic must have one partition) so Connect creates them.
 */
public final class DtleSourceConnector extends SourceConnector {
    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return DtleSourceConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return SourceServerChecks.validate(connectorConfigs);
    }

    @Override
    public void start(Map<String, String> props) {
        DtleSourceConfig config = new DtleSourceConfig(props);
        ConfigProblem.throwIfAny(config.problems());
        ConfigProblem.throwIfAny(SourceServerChecks.run(config));
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DtleSourceTask.class;
    }

    /**
     * Exactly-once delivery works because every record's source offset is a complete resume point (the executed
     * GTID set and binlog position, plus the events already emitted of the current transaction; during a snapshot
     * the table and last chunk key): Connect commits those offsets in the same Kafka transaction as the records, and
     * a restarted task reads the binlog from exactly there.
     */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /** The task marks the end of each source transaction, heartbeat and snapshot chunk; see TransactionBoundaries. */
    @Override
    public ConnectorTransactionBoundaries canDefineTransactionBoundaries(Map<String, String> connectorConfig) {
        return ConnectorTransactionBoundaries.SUPPORTED;
    }

    /** One task whatever {@code maxTasks}: a binlog stream cannot be split without losing its order. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(new HashMap<>(props));
    }

    @Override
    public void stop() {
        props = null;
    }
}
