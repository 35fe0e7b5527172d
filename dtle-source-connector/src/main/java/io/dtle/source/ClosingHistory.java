package io.dtle.source;

import io.dtle.source.history.SchemaHistory;
import io.dtle.source.stream.RecordSource;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** A task's record source that closes the schema history (its producer) after itself. */
final class ClosingHistory implements RecordSource {
    private final RecordSource source;
    private final SchemaHistory history;

    ClosingHistory(RecordSource source, SchemaHistory history) {
        this.source = source;
        this.history = history;
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return source.poll();
    }

    @Override
    public void close() {
        try {
            source.close();
        } finally {
            history.close();
        }
    }
}
