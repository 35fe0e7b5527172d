package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;

/**
 * Reads a TRANSACTION_PAYLOAD event's header and keeps its bytes compressed.
 *
 * <p>The client's own deserializer inflates the whole transaction and decodes every event in it into a list, with a
 * default-configured deserializer: a large transaction then sits in memory whole, and its values come out in other
 * Java types than the same transaction uncompressed. {@link CompressedTransaction} decodes lazily instead.
 */
final class CompressedPayloadDeserializer implements EventDataDeserializer<TransactionPayloadEventData> {
    private static final int FIELD_END = 0;
    private static final int FIELD_SIZE = 1;
    private static final int FIELD_COMPRESSION = 2;
    private static final int FIELD_UNCOMPRESSED_SIZE = 3;

    @Override
    public TransactionPayloadEventData deserialize(ByteArrayInputStream input) throws IOException {
        TransactionPayloadEventData data = new TransactionPayloadEventData();
        readHeaderFields(input, data);
        data.setPayload(input.read(data.getPayloadSize()));
        // The client's EventDeserializer walks this list for table maps; empty, because we decode later.
        data.setUncompressedEvents(new ArrayList<>());
        return data;
    }

    private static void readHeaderFields(ByteArrayInputStream input, TransactionPayloadEventData data)
            throws IOException {
        while (input.available() > 0) {
            int type = input.readPackedInteger();
            if (type == FIELD_END) {
                return;
            }
            int length = input.readPackedInteger();
            switch (type) {
                case FIELD_SIZE -> data.setPayloadSize(input.readPackedInteger());
                case FIELD_COMPRESSION -> data.setCompressionType(input.readPackedInteger());
                case FIELD_UNCOMPRESSED_SIZE -> data.setUncompressedSize(input.readPackedInteger());
                default -> input.skip(length);
            }
        }
    }
}
