package io.dtle.source.binlog;

import com.github.luben.zstd.ZstdInputStream;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The events inside one MySQL 8 compressed transaction, inflated and decoded one at a time as the caller asks, so
 * only the compressed bytes and the current event are in memory.
 */
final class CompressedTransaction implements AutoCloseable {
    /** MySQL's {@code binary_log::transaction::compression::type}. */
    private static final int ZSTD = 0;
    private static final int NONE = 255;

    private final InputStream raw;
    private final ByteArrayInputStream input;
    private final EventDeserializer deserializer = EventDeserializers.forPayload();

    CompressedTransaction(TransactionPayloadEventData data) throws IOException {
        InputStream bytes = new java.io.ByteArrayInputStream(data.getPayload());
        this.raw = switch (data.getCompressionType()) {
            case ZSTD -> new ZstdInputStream(bytes);
            case NONE -> bytes;
            default -> throw new IOException("unknown binlog transaction compression type " + data.getCompressionType());
        };
        this.input = new ByteArrayInputStream(raw);
    }

    /** The next event, or null after the last. */
    Event next() throws IOException {
        return deserializer.nextEvent(input);
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
