package io.dtle.source.record;

import io.dtle.common.record.Operation;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;

/**
 * One record's key and value with their schemas and headers, as Debezium would emit them.
 * A tombstone has a null value and value schema; its {@link #op()} is the delete it follows.
 * The headers object is the record's own: the task adds the dtle.* headers to it.
 */
public record ChangeRecord(Operation op, Schema keySchema, Struct key, Schema valueSchema, Struct value,
        Headers headers) {

    public ChangeRecord(Operation op, Schema keySchema, Struct key, Schema valueSchema, Struct value) {
        this(op, keySchema, key, valueSchema, value, new ConnectHeaders());
    }

    public boolean isTombstone() {
        return value == null;
    }

    /** The tombstone Debezium emits after a delete: same key and headers, null value, so compaction drops the row. */
    public ChangeRecord tombstone() {
        if (op != Operation.DELETE) {
            throw new IllegalStateException("Only a delete is followed by a tombstone, not " + op);
        }
        return new ChangeRecord(op, keySchema, key, null, null, headers.duplicate());
    }
}
