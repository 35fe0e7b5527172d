package io.dtle.source.record;

import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.data.Envelope;
import io.debezium.relational.TableSchema;
import io.dtle.common.record.DebeziumHeaders;
import io.dtle.common.record.EnvelopeFields;
import io.dtle.common.record.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns row images into Debezium-shaped records. Rows are {@code Object[]} in table column
 * order, either read by {@link SnapshotRowReader} or deserialized by the binlog client set
 * up by {@link BinlogRowDecoding}: both produce the Java values Debezium's converters expect.
 *
 * <p>Follows Debezium's rules: an update that changes the primary key becomes a delete of
 * the old key and a create of the new one, and every delete is followed by a tombstone
 * when tombstones are on (Debezium's default, {@code tombstones.on.delete=true}).
 */
public final class ChangeRecordFactory {

    private final SourceBlocks sourceBlocks;
    private final boolean tombstonesOnDelete;
    private final Clock clock;

    public ChangeRecordFactory(MySqlConnectorConfig config, boolean tombstonesOnDelete, Clock clock) {
        this.sourceBlocks = new SourceBlocks(config);
        this.tombstonesOnDelete = tombstonesOnDelete;
        this.clock = clock;
    }

    /** A factory with Debezium's defaults: tombstones after deletes, the system clock for {@code ts_ms}. */
    public ChangeRecordFactory(MySqlConnectorConfig config) {
        this(config, config.isEmitTombstoneOnDelete(), Clock.systemUTC());
    }

    /** One snapshot row, op {@code r}. */
    public ChangeRecord read(TableSchema table, Object[] row, SourcePosition at, TransactionBlock tx) {
        Struct after = table.valueFromColumnData(row);
        Envelope envelope = table.getEnvelopeSchema();
        Struct value = envelope.read(after, sourceBlocks.struct(at), clock.instant());
        return record(Operation.READ, table, table.keyFromColumnData(row), withTransaction(value, tx));
    }

    /**
     * The records of one binlog row change: {@code before} is null for inserts, {@code after}
     * null for deletes. Returns one record, or more for deletes (tombstone) and key changes.
     */
    public List<ChangeRecord> change(TableSchema table, Object[] before, Object[] after, SourcePosition at,
            TransactionBlock tx) {
        List<ChangeRecord> records = new ArrayList<>(3);
        if (before == null) {
            records.add(create(table, after, at, tx));
        } else if (after == null) {
            addDelete(records, table, before, at, tx);
        } else if (PrimaryKeyChange.changesKey(table, before, after)) {
            addKeyChange(records, table, before, after, at, tx);
        } else {
            records.add(update(table, before, after, at, tx));
        }
        return records;
    }

    /**
     * A TRUNCATE TABLE, op {@code t}: Debezium's data event with the source block and no key or row images, written
     * to the table's topic (Debezium skips it by default; dtle emits it so a replica does not diverge).
     */
    public ChangeRecord truncate(TableSchema table, SourcePosition at, TransactionBlock tx) {
        Struct value = table.getEnvelopeSchema().truncate(sourceBlocks.struct(at), clock.instant());
        return new ChangeRecord(Operation.TRUNCATE, null, null, table.getEnvelopeSchema().schema(),
                withTransaction(value, tx));
    }

    private ChangeRecord create(TableSchema table, Object[] after, SourcePosition at, TransactionBlock tx) {
        Struct value = table.getEnvelopeSchema().create(table.valueFromColumnData(after), sourceBlocks.struct(at),
                clock.instant());
        return record(Operation.CREATE, table, table.keyFromColumnData(after), withTransaction(value, tx));
    }

    private ChangeRecord update(TableSchema table, Object[] before, Object[] after, SourcePosition at,
            TransactionBlock tx) {
        Struct value = table.getEnvelopeSchema().update(table.valueFromColumnData(before),
                table.valueFromColumnData(after), sourceBlocks.struct(at), clock.instant());
        return record(Operation.UPDATE, table, table.keyFromColumnData(after), withTransaction(value, tx));
    }

    /** Debezium's shape: delete (new key in a header), its tombstone, then create (old key in a header). */
    private void addKeyChange(List<ChangeRecord> records, TableSchema table, Object[] before, Object[] after,
            SourcePosition at, TransactionBlock tx) {
        Struct oldKey = table.keyFromColumnData(before);
        Struct newKey = table.keyFromColumnData(after);
        ChangeRecord create = create(table, after, at, tx);
        create.headers().add(DebeziumHeaders.PK_UPDATE_OLD_KEY, oldKey, table.keySchema());
        addDelete(records, table, before, at, tx, newKey);
        records.add(create);
    }

    private void addDelete(List<ChangeRecord> records, TableSchema table, Object[] before, SourcePosition at,
            TransactionBlock tx) {
        addDelete(records, table, before, at, tx, null);
    }

    private void addDelete(List<ChangeRecord> records, TableSchema table, Object[] before, SourcePosition at,
            TransactionBlock tx, Struct newKey) {
        Struct value = table.getEnvelopeSchema().delete(table.valueFromColumnData(before), sourceBlocks.struct(at),
                clock.instant());
        ChangeRecord delete = record(Operation.DELETE, table, table.keyFromColumnData(before),
                withTransaction(value, tx));
        if (newKey != null) {
            delete.headers().add(DebeziumHeaders.PK_UPDATE_NEW_KEY, newKey, table.keySchema());
        }
        records.add(delete);
        if (tombstonesOnDelete) {
            records.add(delete.tombstone());
        }
    }

    private static ChangeRecord record(Operation op, TableSchema table, Struct key, Struct value) {
        return new ChangeRecord(op, table.keySchema(), key, table.getEnvelopeSchema().schema(), value);
    }

    /** Debezium fills the block only with provide.transaction.metadata; dtle always knows its transaction. */
    private static Struct withTransaction(Struct value, TransactionBlock tx) {
        if (tx == null) {
            return value;
        }
        Schema txSchema = Objects.requireNonNull(value.schema().field(EnvelopeFields.TRANSACTION),
                "envelope without a transaction field").schema();
        Struct block = new Struct(txSchema)
                .put(EnvelopeFields.TRANSACTION_ID, tx.id())
                .put(EnvelopeFields.TRANSACTION_TOTAL_ORDER, tx.totalOrder())
                .put(EnvelopeFields.TRANSACTION_DATA_COLLECTION_ORDER, tx.dataCollectionOrder());
        return value.put(EnvelopeFields.TRANSACTION, block);
    }
}
