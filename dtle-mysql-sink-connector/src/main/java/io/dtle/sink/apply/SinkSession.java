package io.dtle.sink.apply;

import com.zaxxer.hikari.HikariDataSource;
import io.dtle.common.gtid.GtidSet;
import io.dtle.sink.DtleSinkConfig;
import io.dtle.sink.TargetDataSource;
import io.dtle.sink.ddl.DdlApplier;
import io.dtle.sink.gtid.GtidExecutedTable;
import io.dtle.sink.gtid.OriginTagRows;
import io.dtle.sink.gtid.SinkOffsetsTable;
import io.dtle.sink.parallel.ParallelApplier;
import io.dtle.sink.parallel.ParallelOptions;
import io.dtle.sink.parallel.RetryPolicy;
import io.dtle.sink.sql.ServerDialect;
import io.dtle.sink.table.TargetTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one sink task holds while it runs: the target pool, the bookkeeping read at start, the workers, the
 * record stream and the background compaction of the bookkeeping table.
 */
public final class SinkSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkSession.class);

    private final HikariDataSource dataSource;
    private final MetadataConnection metadata;
    private final ParallelApplier executor;
    private final RecordStream stream;
    private final ApplyMetrics metrics;
    private final ScheduledExecutorService compactor;
    private final GtidSet executedAtStart;
    private final Map<TopicPartition, Long> storedOffsets;
    private final boolean newJob;

    private SinkSession(DtleSinkConfig config, String taskName, HikariDataSource dataSource,
                        Refusals refusals, ApplyMetrics metrics) throws SQLException {
        this.dataSource = dataSource;
        metadata = new MetadataConnection(dataSource);
        Connection connection = metadata.get();
        GtidExecutedTable.create(connection);
        SinkOffsetsTable.create(connection);
        GtidExecutedTable bookkeeping = new GtidExecutedTable(config.jobUuid());
        OriginTagRows originTags = new OriginTagRows(config.jobUuid(), config.taskId());
        originTags.prepare(connection, config.parallelWorkers());
        SinkOffsetsTable offsets = new SinkOffsetsTable(config.jobUuid());
        executedAtStart = bookkeeping.read(connection);
        storedOffsets = offsets.read(connection);
        newJob = executedAtStart.isEmpty() && storedOffsets.isEmpty();
        ServerDialect dialect = ServerDialect.detect(connection);

        this.metrics = metrics;
        TableWriters writers = new TableWriters(config.tableMapping(), new TargetTables(), dialect);
        DdlApplier ddl = new DdlApplier(config.tableMapping(), config.jobUuid(), config.skipCreateDbTable(),
                config.dropTableIfExists());
        ApplyContext context = new ApplyContext(bookkeeping, originTags, offsets, writers, ddl, metrics,
                config.setGtidNext(), config.foreignKeyChecks());
        executor = new ParallelApplier(dataSource, ParallelOptions.forWorkers(config.parallelWorkers())
                .withPreserveCommitOrder(config.preserveCommitOrder())
                .withJoinLimits(new ParallelOptions.JoinLimits(config.groupMaxTransactions(), config.groupMaxRows())),
                new RetryPolicy(config.retryTxLimit(), Duration.ofMillis(config.retryBackoffMs()),
                        Duration.ofMillis(Math.max(config.retryBackoffMs(), 30_000))));
        TransactionGroup.Limits groupLimits = new TransactionGroup.Limits(config.groupMaxTransactions(),
                config.groupMaxRows(), config.batchSize());
        stream = new RecordStream(context, executor, dataSource, metadata, groupLimits, config.groupMaxDelayMs(),
                config.transactionBufferRows(), executedAtStart, newJob, refusals);
        metrics.bind(executor::getInFlight, executor::getRetries, stream::executedGtids);

        compactor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dtle-sink-compaction-" + taskName);
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.compactionIntervalMs();
        compactor.scheduleWithFixedDelay(() -> compact(bookkeeping, config.setGtidNext()), interval, interval,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Connects to the target and reads what it has applied; {@code refusals} go to the dead-letter queue. The task
     * owns {@code metrics}, so its counters outlive the sessions it opens.
     */
    public static SinkSession open(DtleSinkConfig config, String taskName, Refusals refusals,
                                   ApplyMetrics metrics) {
        HikariDataSource dataSource;
        try {
            dataSource = TargetDataSource.create(config, config.parallelWorkers() + 3, "dtle-sink-" + taskName);
        } catch (RuntimeException e) {
            // Hikari's pool fails to start when the target does not answer; that is worth retrying like the rest.
            throw new RetriableException("Cannot connect to the target " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        try {
            return new SinkSession(config, taskName, dataSource, refusals, metrics);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        } catch (SQLException e) {
            dataSource.close();
            throw new RetriableException("Cannot prepare the target " + config.host() + ":" + config.port()
                    + " (bookkeeping tables in database 'dtle'): " + e.getMessage() + " (MySQL error "
                    + e.getErrorCode() + "). Check that the server is up and that " + config.user()
                    + " may CREATE, SELECT, INSERT, UPDATE and DELETE in database 'dtle'.", e);
        }
    }

    private void compact(GtidExecutedTable bookkeeping, boolean setGtidNext) {
        try (Connection connection = dataSource.getConnection()) {
            if (setGtidNext) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET GTID_NEXT = 'AUTOMATIC'");
                }
            }
            int removed = bookkeeping.compact(connection);
            if (removed > 0) {
                LOG.debug("Compacted {} bookkeeping rows", removed);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Compacting the bookkeeping table failed; it is retried later: {}", e.getMessage());
        }
    }

    public RecordStream stream() {
        return stream;
    }

    public GtidSet executedAtStart() {
        return executedAtStart;
    }

    public Map<TopicPartition, Long> storedOffsets() {
        return storedOffsets;
    }

    public boolean newJob() {
        return newJob;
    }

    @Override
    public void close() {
        compactor.shutdownNow();
        stream.close();
        try {
            executor.close();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the apply workers: {}", e.getMessage());
        }
        metadata.close();
        dataSource.close();
        if (!compactor.isTerminated()) {
            LOG.debug("Compaction thread still stopping");
        }
    }

}
