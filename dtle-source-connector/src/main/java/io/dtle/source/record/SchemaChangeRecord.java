package io.dtle.source.record;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A schema change event as Debezium emits it to its schema change topic: key
 * {@code io.debezium.connector.mysql.SchemaChangeKey} ({@code databaseName}), value
 * {@code io.debezium.connector.mysql.SchemaChangeValue} (source, ts_ms, databaseName,
 * schemaName, ddl, tableChanges).
 */
public record SchemaChangeRecord(Schema keySchema, Struct key, Schema valueSchema, Struct value) {
}
