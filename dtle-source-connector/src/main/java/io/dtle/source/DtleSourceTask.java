package io.dtle.source;

import io.dtle.common.Version;
import io.dtle.common.config.ConfigProblem;
import io.dtle.common.config.OwnConversion;
import io.dtle.source.metric.ConnectorMBeans;
import io.dtle.source.stream.RecordSource;
import io.dtle.source.stream.TransactionBoundaries;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.apache.kafka.connect.source.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one {@link RecordSource}: the snapshot, then the binlog stream, from the task's stored offset. */
public final class DtleSourceTask extends SourceTask {
    private static final Logger LOG = LoggerFactory.getLogger(DtleSourceTask.class);

    private RecordSource source;
    private ConnectorMBeans metrics;

    public DtleSourceTask() {
    }

    /** For tests: runs the given source. */
    DtleSourceTask(RecordSource source) {
        this.source = source;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        DtleSourceConfig config = new DtleSourceConfig(props);
        ConfigProblem.throwIfAny(config.problems());
        metrics = ConnectorMBeans.register(config.topicPrefix());
        try {
            RecordConversion conversion = conversion(config, transactionBoundaries());
            source = readAhead(TaskAssembly.open(config, context.offsetStorageReader(), metrics,
                    conversion == null ? transactionBoundaries() : conversion), config, conversion);
        } catch (RuntimeException e) {
            metrics.close();
            metrics = null;
            throw e;
        }
    }

    /** Batches of up to max.batch.size records built ahead, max.queue.size records in all. */
    private static RecordSource readAhead(RecordSource source, DtleSourceConfig config,
                                          RecordConversion conversion) {
        int batches = Math.max(1, config.maxQueueSize() / config.maxBatchSize());
        return new ReadAheadSource(source, batches, config.maxBatchSize(), config.pollInterval(),
                "dtle-source-" + config.topicPrefix() + "-records", conversion == null ? null : conversion::convert,
                config.recordConverterThreads());
    }

    /** The connector's own conversion (record.converter), which also moves transaction boundaries along. */
    private static RecordConversion conversion(DtleSourceConfig config, TransactionBoundaries boundaries) {
        Class<?> converter = config.recordConverter();
        if (converter == null) {
            return null;
        }
        Map<String, Object> settings = config.recordConverterSettings();
        return new RecordConversion(OwnConversion.converter(converter, settings, true),
                OwnConversion.converter(converter, settings, false), boundaries);
    }

    /**
     * With {@code transaction.boundary=connector} on an exactly-once worker, Connect commits its Kafka transaction
     * where the sources say a unit of work ends; with other boundaries (or none) the context is null.
     */
    private TransactionBoundaries transactionBoundaries() {
        TransactionContext transactions = context.transactionContext();
        if (transactions == null) {
            return TransactionBoundaries.NONE;
        }
        LOG.info("Connector-defined transaction boundaries: one Kafka transaction per source transaction and per "
                + "snapshot chunk");
        return transactions::commitTransaction;
    }

    /** Up to max.batch.size records, or null when nothing arrived within poll.interval.ms. */
    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> records = source.poll();
        return records == null || records.isEmpty() ? null : records;
    }

    @Override
    public void stop() {
        RecordSource running = source;
        if (running != null) {
            running.close();
        }
        ConnectorMBeans registered = metrics;
        if (registered != null) {
            registered.close();
        }
    }
}
