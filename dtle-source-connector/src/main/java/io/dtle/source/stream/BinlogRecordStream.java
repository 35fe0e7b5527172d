package io.dtle.source.stream;

import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.dtle.source.binlog.BinlogEvent;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.binlog.BinlogReader;
import io.dtle.source.binlog.DdlStatement;
import io.dtle.source.binlog.Heartbeat;
import io.dtle.source.binlog.RowChange;
import io.dtle.source.binlog.TransactionBegin;
import io.dtle.source.binlog.TransactionEnd;
import io.dtle.source.metric.StreamingMetrics;
import io.dtle.source.record.BinlogCoordinates;
import io.dtle.source.record.ChangeRecord;
import io.dtle.source.record.ChangeRecordFactory;
import io.dtle.source.record.SchemaChangeRecord;
import io.dtle.source.record.SchemaChangeRecordFactory;
import io.dtle.source.record.SourcePosition;
import io.dtle.source.record.TransactionBlock;
import io.dtle.source.schema.AppliedDdl;
import io.dtle.source.schema.DdlOutcome;
import io.dtle.source.schema.SchemaChange;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns binlog events into source records: row changes through the record factory, DDL into the schema registry
 * and out as schema change records, transactions framed by BEGIN/END markers, heartbeats as offsets. It holds one
 * event's records at a time, never a transaction's.
 */
public final class BinlogRecordStream implements RecordSource {
    private static final Logger LOG = LoggerFactory.getLogger(BinlogRecordStream.class);

    private final BinlogReader reader;
    private final StreamContext context;
    private final ChangeRecordFactory changes;
    private final SchemaChangeRecordFactory schemaChanges;
    private final StreamingMetrics metrics;
    private final Set<TableId> unknownTables = new HashSet<>();
    private TransactionState transaction;
    private Map<String, Object> lastOffset;
    private Instant lastHeartbeat = Instant.EPOCH;
    private Instant commitTime;

    public BinlogRecordStream(BinlogReader reader, StreamContext context, BinlogPosition from,
                              Map<String, ?> storedOffset, StreamingMetrics metrics) {
        this.reader = reader;
        this.metrics = metrics;
        this.context = context;
        this.changes = context.changeRecords();
        this.schemaChanges = new SchemaChangeRecordFactory(context.registry().config());
        this.transaction = storedOffset == null ? null : StreamOffsets.resumedTransaction(from, storedOffset);
        this.lastOffset = StreamOffsets.encode(from, transaction);
        reader.start(from);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        // A row change gives up to three records (delete, tombstone, create) and a BEGIN marker may precede it.
        int maxEvents = Math.max(1, context.maxBatchSize() / 4);
        List<BinlogEvent> events = reader.poll(maxEvents, context.pollInterval());
        List<SourceRecord> records = new ArrayList<>(events.size());
        PendingRecords pending = new PendingRecords(context.partition(), context.router().ordered());
        for (BinlogEvent event : events) {
            metrics.observe(event);
            handle(event, pending);
            Map<String, Object> before = lastOffset;
            lastOffset = StreamOffsets.encode(event.position(), transaction);
            int emitted = records.size();
            pending.drainTo(records, before, lastOffset);
            if (records.size() > emitted && closesUnit()) {
                context.boundaries().commitAfter(records.get(records.size() - 1));
            }
        }
        return records;
    }

    /**
     * Whether the event just handled left no transaction open for its records: an END marker or a heartbeat, or a
     * statement whose transaction has no BEGIN marker and so gets no END (a DDL in table routing, which MySQL
     * commits by itself). A batch that ends inside a transaction is never a boundary.
     */
    private boolean closesUnit() {
        return transaction == null || !transaction.begun();
    }

    private void handle(BinlogEvent event, PendingRecords pending) {
        if (event instanceof TransactionBegin begin) {
            begin(begin);
        } else if (event instanceof RowChange row) {
            rowChange(row, pending);
        } else if (event instanceof DdlStatement ddl) {
            ddl(ddl, pending);
        } else if (event instanceof TransactionEnd end) {
            end(end, pending);
        } else if (event instanceof Heartbeat heartbeat) {
            heartbeat(heartbeat, pending);
        }
    }

    private void begin(TransactionBegin begin) {
        String id = begin.gtid().orElse(begin.position().file().orElse("") + ":" + begin.position().pos());
        transaction = new TransactionState(id, begin.gtid().orElse(null), begin.lastCommitted(),
                begin.sequenceNumber(), begin.timestampMillis());
        commitTime = begin.commitTimestampMicros().isPresent()
                ? Instant.EPOCH.plus(begin.commitTimestampMicros().getAsLong(), ChronoUnit.MICROS) : null;
    }

    private void end(TransactionEnd end, PendingRecords pending) {
        if (transaction != null && transaction.begun()) {
            pending.add(context.router().transactions(), TransactionMarkers.KEY_SCHEMA,
                    TransactionMarkers.key(transaction.id), TransactionMarkers.VALUE_SCHEMA,
                    TransactionMarkers.end(transaction.id, transaction.totalOrder(), transaction.perTable(),
                            end.timestampMillis()),
                    PendingRecords.transactionHeaders(null, transaction));
        }
        transaction = null;
    }

    private void rowChange(RowChange row, PendingRecords pending) {
        if (TransactionOrigin.isBookkeeping(row)) {
            tagOrigin(TransactionOrigin.ofBookkeepingRow(row), "bookkeeping row", row.position());
            return;
        }
        String database = row.table().database();
        String table = row.table().table();
        if (!context.tables().includesTable(database, table)) {
            return;
        }
        TableId id = new TableId(database, null, table);
        if (context.registry().table(id).isEmpty()) {
            if (unknownTables.add(id)) {
                LOG.warn("No definition of captured table {}.{}; its changes are skipped", database, table);
            }
            return;
        }
        TableSchema schema = context.registry().schemaFor(id);
        Object[][] images = context.rows().apply(schema, database, table, row.before(), row.after());
        if (images == null || transaction == null) {
            return;
        }
        begin(pending, row.timestampMillis());
        long[] order = transaction.count(database + "." + table);
        BinlogPosition at = row.position();
        BinlogCoordinates coordinates = new BinlogCoordinates(context.serverId(), transaction.gtid,
                at.file().orElse(""), at.pos(), commitTime != null ? commitTime
                : Instant.ofEpochMilli(row.timestampMillis()), null);
        TransactionBlock block = new TransactionBlock(transaction.id, order[0], order[1]);
        String topic = context.router().rows(database, table);
        for (ChangeRecord record : changes.change(schema, images[0], images[1],
                SourcePosition.binlog(database, table, coordinates, 0), block)) {
            pending.add(topic, record.keySchema(), record.key(), record.valueSchema(), record.value(),
                    PendingRecords.transactionHeaders(record.headers(), transaction));
        }
    }

    /**
     * Tags the transaction with the dtle job that applied it. The sink writes its bookkeeping row first, so nothing
     * of the transaction (not even BEGIN, which waits for the first emitted change) has been handed out yet.
     */
    private void tagOrigin(Optional<UUID> job, String what, BinlogPosition at) {
        if (job.isEmpty() || transaction == null || job.get().toString().equals(transaction.origin())) {
            return;
        }
        if (transaction.begun()) {
            // Tagging only the rest would let LoopDetection drop half a transaction; all of it passes instead.
            LOG.warn("A {} at {} names dtle job {} but records of transaction {} were already emitted; the "
                    + "transaction is not tagged with dtle.origin", what, at, job.get(), transaction.id);
            return;
        }
        transaction.tagOrigin(job.get().toString());
    }

    private void ddl(DdlStatement ddl, PendingRecords pending) {
        tagOrigin(TransactionOrigin.ofStatement(ddl.sql()), "DDL origin marker", ddl.position());
        List<SchemaChange> parsed;
        try {
            DdlOutcome outcome = context.registry().applyDdl(ddl.database(), ddl.sql());
            parsed = outcome.schemaChanges();
            if (changesDefinitions(outcome)) {
                // Durable before any record after this statement leaves poll(): a restart replays it from there.
                context.history().recordDdl(ddl.position(), new AppliedDdl(ddl.database(), ddl.sql()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot parse the statement at {}; the schema tracking ignores it: {} ({})", ddl.position(),
                    ddl.sql(), e.getMessage());
            return;
        }
        // A truncate is known by what the parser made of it: a dtle sink's TRUNCATE starts with its origin marker
        if (!context.ddl().emits(ddl.sql()) || context.rows().skipsTruncate()
                && parsed.stream().anyMatch(change -> !SchemaChangeRecordFactory.emitsRecord(change))) {
            return;
        }
        BinlogPosition at = ddl.position();
        for (SchemaChange change : parsed) {
            if (!captured(change)) {
                continue;
            }
            if (context.router().ordered()) {
                begin(pending, ddl.timestampMillis());
            }
            BinlogCoordinates coordinates = new BinlogCoordinates(context.serverId(),
                    transaction == null ? null : transaction.gtid, at.file().orElse(""), at.pos(),
                    commitTime != null ? commitTime : Instant.ofEpochMilli(ddl.timestampMillis()), null);
            if (!SchemaChangeRecordFactory.emitsRecord(change)) {
                truncate(change, coordinates, pending);
                continue;
            }
            SchemaChangeRecord record = schemaChanges.record(change,
                    SourcePosition.binlog(change.database(), null, coordinates, 0));
            pending.add(context.router().schemaChanges(), record.keySchema(), record.key(), record.valueSchema(),
                    record.value(), PendingRecords.transactionHeaders(null, transaction));
        }
    }

    /** A TRUNCATE TABLE is a data event (op t) on the table's topic, not a schema change record. */
    private void truncate(SchemaChange change, BinlogCoordinates coordinates, PendingRecords pending) {
        TableId id = change.table() == null ? null : change.table().id();
        if (id == null || context.registry().table(id).isEmpty()) {
            LOG.warn("No definition of truncated table {}; the TRUNCATE is skipped: {}", id, change.ddl());
            return;
        }
        String database = id.catalog();
        String table = id.table();
        TransactionBlock block = null;
        if (transaction != null) {
            long[] order = transaction.count(database + "." + table);
            block = new TransactionBlock(transaction.id, order[0], order[1]);
        }
        ChangeRecord record = changes.truncate(context.registry().schemaFor(id),
                SourcePosition.binlog(database, table, coordinates, 0), block);
        pending.add(context.router().rows(database, table), record.keySchema(), record.key(), record.valueSchema(),
                record.value(), PendingRecords.transactionHeaders(record.headers(), transaction));
    }

    /** Statements the parser found nothing in (GRANT, FLUSH...) leave the definitions as they are. */
    private static boolean changesDefinitions(DdlOutcome outcome) {
        return outcome.changedAnyTable() || outcome.schemaChanges().stream().anyMatch(change -> !change.unparsed());
    }

    private boolean captured(SchemaChange change) {
        String database = change.database();
        if (database == null || database.isEmpty()) {
            return unattributedStatementCaptured(change);
        }
        if (change.table() != null) {
            return context.tables().includesTable(change.table().id().catalog(), change.table().id().table());
        }
        return context.tables().includesDatabase(database);
    }

    /**
     * A statement without a database (it ran without a default database and the parser knows none of its tables):
     * emitted unless every database it names is not captured, e.g. an ALTER of the dtle sink's bookkeeping table or
     * of another table the connector does not capture.
     */
    private boolean unattributedStatementCaptured(SchemaChange change) {
        Set<String> named = QualifiedNames.databases(change.ddl());
        return named.isEmpty() || named.stream().anyMatch(context.tables()::includesDatabase);
    }

    private void begin(PendingRecords pending, long timestampMillis) {
        if (transaction == null || transaction.begun()) {
            return;
        }
        transaction.markBegun();
        pending.add(context.router().transactions(), TransactionMarkers.KEY_SCHEMA,
                TransactionMarkers.key(transaction.id), TransactionMarkers.VALUE_SCHEMA,
                TransactionMarkers.begin(transaction.id, timestampMillis),
                PendingRecords.transactionHeaders(null, transaction));
    }

    private void heartbeat(Heartbeat heartbeat, PendingRecords pending) {
        Duration interval = context.heartbeatInterval();
        Instant now = Instant.now();
        if (interval.isZero() || now.isBefore(lastHeartbeat.plus(interval))) {
            return;
        }
        lastHeartbeat = now;
        pending.add(context.router().heartbeats(), HeartbeatRecords.KEY_SCHEMA,
                HeartbeatRecords.key(context.router().prefix()), HeartbeatRecords.VALUE_SCHEMA,
                HeartbeatRecords.value(heartbeat.timestampMillis()), null);
    }

    @Override
    public void close() {
        reader.close();
    }
}
