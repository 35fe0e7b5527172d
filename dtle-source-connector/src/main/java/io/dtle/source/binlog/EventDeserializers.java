package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer.CompatibilityMode;

/**
 * Builds the binlog client's event deserializers, the same way for the stream and for the inside of compressed
 * transactions, so a compressed transaction decodes to exactly the values an uncompressed one does.
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
     * each payload gets a fresh deserializer.
     */
    static EventDeserializer forPayload() {
        return configured();
    }

    private static EventDeserializer configured() {
        EventDeserializer deserializer = new EventDeserializer();
        // Debezium's MySQL connector reads with these modes; the type conversion we share with it expects them.
        deserializer.setCompatibilityMode(
                CompatibilityMode.DATE_AND_TIME_AS_LONG_MICRO,
                CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY,
                CompatibilityMode.INVALID_DATE_AND_TIME_AS_MIN_VALUE);
        return deserializer;
    }
}
