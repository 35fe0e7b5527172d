package io.dtle.source;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.snapshot.SnapshotSource;
import io.dtle.source.stream.RecordSource;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The snapshot, then (unless snapshot.mode=initial_only) the binlog stream from the snapshot's position. */
final class SnapshotThenStream implements RecordSource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotThenStream.class);

    private final SnapshotSource snapshot;
    private final Function<BinlogPosition, RecordSource> streamFactory;
    private RecordSource stream;
    private boolean snapshotClosed;

    /** {@code streamFactory} null: stop after the snapshot. */
    SnapshotThenStream(SnapshotSource snapshot, Function<BinlogPosition, RecordSource> streamFactory) {
        this.snapshot = snapshot;
        this.streamFactory = streamFactory;
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (stream != null) {
            return stream.poll();
        }
        List<SourceRecord> records = snapshot.poll();
        if (!records.isEmpty() || !snapshot.isDone()) {
            return records;
        }
        if (!snapshotClosed) {
            snapshot.close();
            snapshotClosed = true;
            if (streamFactory == null) {
                LOG.info("snapshot.mode=initial_only: the copy is complete and nothing is streamed");
            } else {
                stream = streamFactory.apply(snapshot.streamFrom());
                return stream.poll();
            }
        }
        Thread.sleep(500);
        return List.of();
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
        snapshot.close();
    }
}
