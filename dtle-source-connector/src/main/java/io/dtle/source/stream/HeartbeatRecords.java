package io.dtle.source.stream;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/** Debezium's heartbeat record: key {@code ServerNameKey} with the topic prefix, value with the time. */
final class HeartbeatRecords {
    static final Schema KEY_SCHEMA = SchemaBuilder.struct()
            .name("io.debezium.connector.common.ServerNameKey")
            .field("serverName", Schema.STRING_SCHEMA)
            .build();
    static final Schema VALUE_SCHEMA = SchemaBuilder.struct()
            .name("io.debezium.connector.common.Heartbeat")
            .field("ts_ms", Schema.INT64_SCHEMA)
            .build();

    private HeartbeatRecords() {
    }

    static Struct key(String prefix) {
        return new Struct(KEY_SCHEMA).put("serverName", prefix);
    }

    static Struct value(long timestampMillis) {
        return new Struct(VALUE_SCHEMA).put("ts_ms", timestampMillis);
    }
}
