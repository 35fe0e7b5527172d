package io.dtle.source.stream;

import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** What a source task polls: a snapshot, a binlog stream, or one then the other. */
public interface RecordSource extends AutoCloseable {

    /** The next records, at most max.batch.size; empty when none arrived within the poll interval. */
    List<SourceRecord> poll() throws InterruptedException;

    @Override
    void close();
}
