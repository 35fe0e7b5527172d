package io.dtle.source.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * BEGIN and END markers shaped like Debezium's transaction metadata events ({@code provide.transaction.metadata}):
 * key {@code io.debezium.connector.common.TransactionMetadataKey} with the transaction id, value
 * {@code io.debezium.connector.common.TransactionMetadataValue} with status, id, and on END the event count in
 * total and per table ({@code <db>.<table>}).
 */
public final class TransactionMarkers {
    public static final String BEGIN = "BEGIN";
    public static final String END = "END";

    static final Schema KEY_SCHEMA = SchemaBuilder.struct()
            .name("io.debezium.connector.common.TransactionMetadataKey")
            .field("id", Schema.STRING_SCHEMA)
            .build();
    private static final Schema COLLECTION_SCHEMA = SchemaBuilder.struct()
            .name("event.block")
            .field("data_collection", Schema.STRING_SCHEMA)
            .field("event_count", Schema.INT64_SCHEMA)
            .build();
    static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("io.debezium.connector.common.TransactionMetadataValue")
            .field("status", Schema.STRING_SCHEMA)
            .field("id", Schema.STRING_SCHEMA)
            .field("event_count", Schema.OPTIONAL_INT64_SCHEMA)
            .field("data_collections", SchemaBuilder.array(COLLECTION_SCHEMA).optional().build())
            .field("ts_ms", Schema.INT64_SCHEMA)
            .build();

    private TransactionMarkers() {
    }

    static Struct key(String id) {
        return new Struct(KEY_SCHEMA).put("id", id);
    }

    static Struct begin(String id, long timestampMillis) {
        return new Struct(VALUE_SCHEMA).put("status", BEGIN).put("id", id).put("ts_ms", timestampMillis);
    }

    static Struct end(String id, long eventCount, Map<String, Long> perTable, long timestampMillis) {
        List<Struct> collections = new ArrayList<>(perTable.size());
        perTable.forEach((table, count) -> collections.add(new Struct(COLLECTION_SCHEMA)
                .put("data_collection", table).put("event_count", count)));
        return new Struct(VALUE_SCHEMA).put("status", END).put("id", id).put("event_count", eventCount)
                .put("data_collections", collections).put("ts_ms", timestampMillis);
    }
}
