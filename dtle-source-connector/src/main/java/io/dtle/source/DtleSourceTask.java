package io.dtle.source;

import io.dtle.common.Version;
import io.dtle.common.config.ConfigProblem;
import io.dtle.source.metric.ConnectorMBeans;
import io.dtle.source.stream.RecordSource;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Runs one {@link RecordSource}: the snapshot, then the binlog stream, from the task's stored offset. */
public final class DtleSourceTask extends SourceTask {
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
            source = TaskAssembly.open(config, context.offsetStorageReader(), metrics);
        } catch (RuntimeException e) {
            metrics.close();
            metrics = null;
            throw e;
        }
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
