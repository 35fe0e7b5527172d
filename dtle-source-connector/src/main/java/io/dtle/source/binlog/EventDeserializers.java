package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.debezium.config.CommonConnectorConfig.EventProcessingFailureHandlingMode;
import io.dtle.source.record.BinlogRowDecoding;

/**
 * Builds the binlog client's event deserializers: Debezium's set-up ({@link BinlogRowDecoding}), the one the record
 * factory expects values from, for the stream and for the inside of compressed transactions alike, so a compressed
 * transaction decodes to exactly the values an uncompressed one does.
 */
final class EventDeserializers {
    private EventDeserializers() {
    }

    /** For the connection: compressed transactions are kept compressed and unpacked later, one event at a time. */
    static EventDeserializer forStream() {
        EventDeserializer deserializer = configured();
        deserializer.setEventDataDeserializer(EventType.TRANSACTION_PAYLOAD, new CompressedPayloadDeserializer());
        return deserializer;
    }

    /**
     * For the events inside one compressed transaction. They carry no checksum and bring their own table maps, so
     * each payload gets a fresh deserializer (which remembers those table maps for its row events).
     */
    static EventDeserializer forPayload() {
        return configured();
    }

    private static EventDeserializer configured() {
        // A row that cannot be decoded must stop the reader, never be skipped.
        return BinlogRowDecoding.eventDeserializer(EventProcessingFailureHandlingMode.FAIL);
    }
}
