package io.dtle.source.record;

import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.relational.history.ConnectTableChangeSerializer;
import io.debezium.schema.SchemaFactory;
import io.dtle.source.schema.SchemaChange;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Builds schema change records with Debezium's own schemas (SchemaFactory) and its table
 * change serializer, so consumers of Debezium's schema change topic read ours unchanged.
 * The source block is the DDL's binlog position; {@code row} is 0 and {@code table} lists
 * the tables of the statement's database group, as Debezium reports them.
 */
public final class SchemaChangeRecordFactory {

    private final SourceBlocks sourceBlocks;
    private final ConnectTableChangeSerializer serializer;
    private final Schema keySchema;
    private final Schema valueSchema;
    private final Clock clock;

    public SchemaChangeRecordFactory(MySqlConnectorConfig config, Clock clock) {
        this.sourceBlocks = new SourceBlocks(config);
        this.serializer = new ConnectTableChangeSerializer(config.schemaNameAdjuster());
        this.keySchema = SchemaFactory.get().schemaHistoryConnectorKeySchema(config.schemaNameAdjuster(), config);
        this.valueSchema = SchemaFactory.get().schemaHistoryConnectorValueSchema(config.schemaNameAdjuster(), config,
                serializer);
        this.clock = clock;
    }

    public SchemaChangeRecordFactory(MySqlConnectorConfig config) {
        this(config, Clock.systemUTC());
    }

    /**
     * The record of one schema change at the DDL's binlog position. As Debezium does, the
     * block carries no thread (DDL runs outside a BEGIN) and a millisecond source time.
     */
    public SchemaChangeRecord record(SchemaChange change, SourcePosition at) {
        SourcePosition ddlAt = new SourcePosition(at.database(), at.table(), at.serverId(), at.gtid(), at.file(),
                at.pos(), 0, at.sourceTime().truncatedTo(ChronoUnit.MILLIS), at.snapshot(), null);
        Struct key = new Struct(keySchema).put("databaseName", change.database());
        Struct value = new Struct(valueSchema)
                .put("source", sourceBlocks.struct(ddlAt, change.groupTables()))
                .put("ts_ms", clock.millis())
                .put("databaseName", change.database())
                .put("schemaName", null)
                .put("ddl", change.ddl())
                .put("tableChanges", serializer.serialize(change.tableChanges()));
        return new SchemaChangeRecord(keySchema, key, valueSchema, value);
    }
}
