package io.dtle.sink;

import com.zaxxer.hikari.HikariDataSource;
import io.dtle.common.Version;
import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.GtidSet;
import io.dtle.sink.apply.ApplyMetrics;
import io.dtle.sink.apply.RecordStream;
import io.dtle.sink.apply.SinkSession;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the records of its partitions to the target MySQL. What it has applied is read from the target at start
 * (the bookkeeping table and the stored Kafka positions), never taken from Kafka's committed offsets alone.
 */
public final class DtleMySqlSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(DtleMySqlSinkTask.class);

    private SinkSession session;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        DtleSinkConfig config = new DtleSinkConfig(props);
        ConfigProblem.throwIfAny(config.problems());
        session = SinkSession.open(config, taskName(props));
        GtidSet executed = session.executedAtStart();
        LOG.info("Sink task of job '{}' starts; the target has {} of its source transactions{}", config.jobName(),
                executed.isEmpty() ? "none" : executed.toCompactString(), session.newJob() ? " (a new job)" : "");
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        session.storedOffsets().forEach((partition, offset) -> {
            if (partitions.contains(partition)) {
                stored.put(partition, offset);
            }
        });
        if (!stored.isEmpty()) {
            LOG.info("Resuming at the Kafka positions stored on the target with the last rows applied: {}", stored);
            context.offset(stored);
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            session.stream().put(records, context::offset);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while applying records", e);
        }
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        RecordStream stream = session.stream();
        Map<TopicPartition, OffsetAndMetadata> committable = new HashMap<>(stream.committableOffsets());
        committable.keySet().retainAll(currentOffsets.keySet());
        return committable;
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private static String taskName(Map<String, String> props) {
        String name = props.getOrDefault(DtleSinkConfig.CONNECTOR_NAME_CONFIG, "dtle-sink");
        return name + "-" + props.getOrDefault(DtleMySqlSinkConnector.TASK_ID_CONFIG, "0");
    }
}
