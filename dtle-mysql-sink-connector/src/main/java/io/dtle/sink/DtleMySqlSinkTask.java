package io.dtle.sink;

import com.zaxxer.hikari.HikariDataSource;
import io.dtle.common.Version;
import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.GtidSet;
import io.dtle.sink.apply.ApplyMetrics;
import io.dtle.sink.apply.RecordStream;
import io.dtle.sink.apply.Refusals;
import io.dtle.sink.apply.SinkSession;
import io.dtle.sink.apply.TargetRefused;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the records of its partitions to the target MySQL. What it has applied is read from the target when the
 * task connects to it (the bookkeeping table and the stored Kafka positions), never taken from Kafka's committed
 * offsets alone. A target that does not answer at start (restarting, or a rebalance during an outage) does not fail
 * the task: it connects again when records arrive, and Connect redelivers them until it can.
 *
 * <p>A source transaction the target refuses for its data stops the task, unless the connector tolerates errors
 * ({@code errors.tolerance=all}): then the task reads the transaction again and sends it whole to the dead-letter
 * queue, records its GTID as done, and goes on.
 */
public final class DtleMySqlSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(DtleMySqlSinkTask.class);

    private DtleSinkConfig config;
    private String taskName;
    private SinkSession session;
    private Refusals refusals;
    private ApplyMetrics metrics;
    /** record.converter: null when Connect converts. */
    private RecordDecoding decoding;
    /** Partitions assigned before the session was open: their stored positions are still to be applied. */
    private final Set<TopicPartition> awaitingSeek = new HashSet<>();

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new DtleSinkConfig(props);
        ConfigProblem.throwIfAny(config.problems());
        taskName = taskName(props);
        refusals = new Refusals(toleratesErrors(props) ? errantRecordReporter() : null);
        metrics = new ApplyMetrics();
        metrics.register(config.connectorName(), taskName);
        if (config.recordConverter() != null) {
            decoding = new RecordDecoding(config.recordConverter(), config.recordConverterSettings(),
                    config.recordConverterThreads(), "dtle-sink-" + taskName);
        }
        try {
            openSession();
        } catch (RetriableException e) {
            LOG.warn("Sink task {} cannot reach the target yet; it tries again when records arrive: {}", taskName,
                    e.getMessage());
        }
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        if (session == null) {
            awaitingSeek.addAll(partitions);
        } else {
            seekToStored(partitions);
        }
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        awaitingSeek.removeAll(partitions);
        if (session != null) {
            try {
                session.stream().releaseHeldGroup(); // whole transactions already read: applied, never left behind
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("Interrupted while applying a group of transactions", e);
            } catch (RuntimeException e) {
                // the applier failed before: nothing of the group is committed, and the next put() reports why
                LOG.warn("Sink task {} could not apply its waiting group of transactions: {}", taskName,
                        e.getMessage());
            }
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (session == null) {
            context.timeout(config.retryBackoffMs());
            openSession(); // a RetriableException makes Connect deliver the same records again after the timeout
            if (!awaitingSeek.isEmpty()) {
                Set<TopicPartition> rewound = seekToStored(awaitingSeek);
                awaitingSeek.clear();
                // Connect moves these partitions back after this call; their records come again from there.
                records = records.stream()
                        .filter(r -> !rewound.contains(new TopicPartition(r.topic(), r.kafkaPartition())))
                        .toList();
            }
        }
        if (decoding != null) {
            records = decoding.decode(records);
        }
        try {
            session.stream().put(records, context::offset);
            long heldGroupDue = session.stream().heldGroupDueInMillis();
            if (heldGroupDue > 0) {
                context.timeout(heldGroupDue); // the next poll returns by then, even without records
            }
        } catch (TargetRefused e) {
            refuse(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while applying records", e);
        }
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        if (session == null) {
            return Map.of(); // nothing applied yet
        }
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
        if (metrics != null) {
            metrics.close();
        }
        if (decoding != null) {
            decoding.close();
        }
    }

    /**
     * Sends what the target refused to the dead-letter queue, if errors are tolerated: a new session reads it again
     * from where nothing uncommitted lies before it, and this time queues it instead of applying it.
     */
    private void refuse(TargetRefused refused) {
        if (!refusals.tolerated() && !refused.narrowsDown()) {
            throw new ConnectException(refused.getMessage() + ". Nothing of it was applied. Fix the cause on the "
                    + "target and restart the task, which then applies it; or, to skip what the target refuses, set "
                    + "errors.tolerance=all and errors.deadletterqueue.topic.name", refused);
        }
        LOG.warn("Sink task {}: the target refused {}: {}. Reading again from {} {}", taskName, refused.what(),
                refused.getMessage(), refused.rewindTo(), refused.narrowsDown() ? "to find what it refuses"
                        : "to send it to the dead-letter queue (errors.tolerance=all)");
        refused.noteIn(refusals);
        context.offset(refused.rewindTo());
        session.close();
        session = null;
        try {
            openSession();
        } catch (RetriableException e) {
            // put() opens it when the next records arrive; those come from the rewound positions
            LOG.warn("Sink task {} cannot reach the target yet; it tries again when records arrive: {}", taskName,
                    e.getMessage());
        }
    }

    private void openSession() {
        session = SinkSession.open(config, taskName, refusals, metrics);
        GtidSet executed = session.executedAtStart();
        LOG.info("Sink task {} of job '{}' connected; the target has {} of its source transactions{}", taskName,
                config.jobName(), executed.isEmpty() ? "none" : executed.toCompactString(),
                session.newJob() ? " (a new job)" : "");
    }

    /** Moves {@code partitions} to the positions stored on the target with the last rows applied; returns those moved. */
    private Set<TopicPartition> seekToStored(Collection<TopicPartition> partitions) {
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
        return stored.keySet();
    }

    private static boolean toleratesErrors(Map<String, String> props) {
        return "all".equalsIgnoreCase(props.getOrDefault("errors.tolerance", "none").trim());
    }

    /** Connect's dead-letter queue reporter; null when none is configured or the runtime predates it (2.6). */
    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null;
        }
    }

    private static String taskName(Map<String, String> props) {
        String name = props.getOrDefault(DtleSinkConfig.CONNECTOR_NAME_CONFIG, "dtle-sink");
        return name + "-" + props.getOrDefault(DtleMySqlSinkConnector.TASK_ID_CONFIG, "0");
    }
}
