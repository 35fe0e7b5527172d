package io.dtle.source.snapshot;

import io.debezium.connector.SnapshotRecord;
import io.debezium.relational.TableId;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.record.SchemaChangeRecord;
import io.dtle.source.record.SchemaChangeRecordFactory;
import io.dtle.source.record.SourcePosition;
import io.dtle.source.schema.SchemaChange;
import io.dtle.source.stream.StreamContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The schema change records the snapshot emits before a table's rows, as Debezium's snapshot does: the database's
 * CREATE DATABASE before the first table of each database, and the table's SHOW CREATE TABLE text, both with
 * {@code source.snapshot = true} at the snapshot's binlog position. A consumer applies them idempotently, so a
 * resumed snapshot simply emits them again before its next chunk.
 */
final class SnapshotSchemaRecords {
    private final StreamContext context;
    private final SchemaChangeRecordFactory factory;
    private final TableDefinitions definitions;
    private final BinlogPosition snapshotAt;
    private final Instant startedAt;
    private String lastDatabase;

    SnapshotSchemaRecords(StreamContext context, TableDefinitions definitions, BinlogPosition snapshotAt,
                          Instant startedAt) {
        this.context = context;
        this.factory = new SchemaChangeRecordFactory(context.registry().config());
        this.definitions = definitions;
        this.snapshotAt = snapshotAt;
        this.startedAt = startedAt;
    }

    /** The records to emit before the first chunk this task copies of {@code table}, all with {@code offset}. */
    List<SourceRecord> beforeTable(TableId table, Map<String, ?> offset) {
        List<SourceRecord> records = new ArrayList<>(2);
        if (!table.catalog().equals(lastDatabase)) {
            records.add(record(definitions.database(table), null, offset));
            lastDatabase = table.catalog();
        }
        records.add(record(definitions.create(table), table.table(), offset));
        return records;
    }

    private SourceRecord record(SchemaChange change, String table, Map<String, ?> offset) {
        SourcePosition at = SourcePosition.snapshot(change.database(), table, snapshotAt.file().orElse(""),
                snapshotAt.pos(), startedAt, SnapshotRecord.TRUE);
        SchemaChangeRecord record = factory.record(change, at);
        return new SourceRecord(context.partition(), offset, context.router().schemaChanges(),
                context.router().ordered() ? 0 : null, record.keySchema(), record.key(), record.valueSchema(),
                record.value());
    }
}
