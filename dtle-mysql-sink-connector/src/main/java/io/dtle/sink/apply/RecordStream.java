package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.record.DtleHeaders;
import io.dtle.common.record.Operation;
import io.dtle.common.record.TopicNames;
import io.dtle.sink.gtid.SourceGtids;
import io.dtle.sink.parallel.ApplyException;
import io.dtle.sink.parallel.ApplyUnit;
import io.dtle.sink.parallel.ParallelApplier;
import io.dtle.sink.parallel.SqlErrors;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns records into target transactions, in the order they arrive (one thread: the task's).
 *
 * <p>On an ordered topic ({@code <prefix>.ordered}) each source transaction, BEGIN to END, is applied whole with its
 * bookkeeping row; consecutive small transactions that arrived in the same {@code put} are applied together in one
 * target transaction (a {@link TransactionGroup}, up to its limits), so a lagging sink pays one commit for many. A
 * transaction whose GTID the target already has is skipped whole, and rows repeated by a
 * restarted source inside a transaction are skipped by their {@code total_order}. Snapshot rows become upsert
 * batches that store their Kafka position with them. On any other topic (per-table topics of this project's or
 * Debezium's source) every change is an idempotent upsert or delete, in order.
 */
public final class RecordStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordStream.class);

    private static final long REWIND_PAUSE_MS = 1000;

    private final ApplyContext context;
    private final ParallelApplier executor;
    private final DataSource dataSource;
    private final MetadataConnection metadataConnection;
    private final int batchSize;
    private final int transactionBufferRows;
    private final TransactionGroup group;
    private final GroupHold groupHold;
    private final boolean newJob;
    private final Refusals refusals;
    private final OffsetTracker offsets = new OffsetTracker();
    /** Units of a single snapshot or per-table row, applied so to find the row the target refuses in a batch. */
    private final Map<ApplyUnit, SinkRecord> singleRowUnits = new ConcurrentHashMap<>();
    private final AtomicReference<GtidSet> executed;
    private GtidSet seen;

    private OpenTransaction open;
    private String skipping;
    private TransactionBuilder rowBatch;
    private boolean rowBatchIsSnapshot;
    private boolean unitsWithoutGtidInFlight;

    public RecordStream(ApplyContext context, ParallelApplier executor, DataSource dataSource,
                        MetadataConnection metadataConnection, TransactionGroup.Limits groupLimits,
                        long groupMaxDelayMillis, int transactionBufferRows, GtidSet executedAtStart, boolean newJob,
                        Refusals refusals) {
        this.context = context;
        this.executor = executor;
        this.dataSource = dataSource;
        this.metadataConnection = metadataConnection;
        this.batchSize = groupLimits.batchSize();
        this.transactionBufferRows = transactionBufferRows;
        this.group = new TransactionGroup(groupLimits);
        this.groupHold = new GroupHold(groupMaxDelayMillis);
        this.newJob = newJob;
        this.refusals = refusals;
        this.executed = new AtomicReference<>(executedAtStart);
        this.seen = executedAtStart;
    }

    /**
     * Applies the records. Processing them again is harmless (BEGINs of the open transaction, rows already taken
     * and transactions already handed out are recognised), which is what Connect does after a RetriableException.
     *
     * @throws TargetRefused when the target refused a source transaction or rows for their data; this stream is
     *         then unusable, and a new one reading again from the positions the exception gives can refuse them
     */
    public void put(Collection<SinkRecord> records, Rewind rewind) throws InterruptedException {
        try {
            executor.throwIfFailed(); // Connect calls put, also without records, about every poll: a failure shows soon
            boolean read = false;
            try {
                putAll(records, rewind);
                read = true;
            } finally {
                // A group not full waits for the next put only while the sink lags, and briefly (GroupHold).
                if (!read || group.isEmpty() || !groupHold.holdAfter(records.size(), System.nanoTime())) {
                    submitGroup();
                }
            }
            flushRowBatch();
        } catch (ApplyException e) {
            if (!e.dataError() || !(e.unit() instanceof TransactionUnit unit)) {
                throw e;
            }
            try {
                executor.drain(); // the units before the refused one finish, so their positions count as committed
            } catch (ApplyException expected) {
                // the same failure, once the units before it are done
            }
            throw refused(unit, e);
        } catch (StreamedTransaction.Refused e) {
            throw TargetRefused.transaction(e.gtid(), offsets.rereadPositions(), e);
        }
    }

    private RuntimeException refused(TransactionUnit unit, ApplyException e) {
        Map<TopicPartition, Long> rewindTo = offsets.rereadPositions();
        if (unit.transactions() == 1) {
            return TargetRefused.transaction(e.gtid(), rewindTo, e);
        }
        if (unit.transactions() > 1) {
            return TargetRefused.group(unit.gtids(), rewindTo, e);
        }
        SinkRecord single = singleRowUnits.get(unit);
        if (single != null) {
            return TargetRefused.row(new TopicPartition(single.topic(), single.kafkaPartition()),
                    single.kafkaOffset(), rewindTo, e);
        }
        if (unit.rowsOnly() && unit.storeOffsets() != null) {
            return TargetRefused.rowBatch(unit.storeOffsets(), rewindTo, e);
        }
        return e; // a table definition or a truncate: nothing to queue row by row
    }

    private void putAll(Collection<SinkRecord> records, Rewind rewind) throws InterruptedException {
        for (SinkRecord record : records) {
            offsets.received(record);
            if (open == null && refusals.reportIfRefusedRow(record)) {
                flushRowBatch();
                offsets.boundary(record);
                continue;
            }
            try {
                accept(record);
            } catch (DataException e) {
                if (open == null) {
                    // a snapshot or per-table record that cannot be converted for the target: refused alone
                    throw TargetRefused.row(new TopicPartition(record.topic(), record.kafkaPartition()),
                            record.kafkaOffset(), offsets.rereadPositions(), e);
                }
                // a row of the open transaction cannot be converted for the target: as if the target refused it
                String gtid = open.gtidText;
                abortOpen();
                throw TargetRefused.transaction(gtid, offsets.rereadPositions(), new ConnectException(
                        "source transaction " + gtid + " cannot be applied: " + e.getMessage(), e));
            } catch (SQLException e) {
                if (SqlErrors.classify(e) == SqlErrors.Kind.FATAL) {
                    throw new ConnectException("Reading the target's table definitions failed at record "
                            + SinkEvent.position(record) + ": " + e.getMessage(), e);
                }
                throw new RetriableException("The target is unreachable (" + e.getMessage() + "); retrying", e);
            } catch (StreamedTransaction.RetriableFailure e) {
                // A big transaction failed half way: it is rolled back whole; read it again from its BEGIN.
                SinkRecord begin = open.begin;
                LOG.warn("Source transaction {} failed on the target and was rolled back ({}); reading it again from "
                        + "{}", open.gtidText, e.getMessage(), SinkEvent.position(begin));
                open = null;
                Thread.sleep(REWIND_PAUSE_MS);
                rewind.to(new TopicPartition(begin.topic(), begin.kafkaPartition()), begin.kafkaOffset());
                return;
            }
        }
    }

    /** Moves the consumer back, so the records from that offset on are delivered again. */
    @FunctionalInterface
    public interface Rewind {
        void to(TopicPartition partition, long offset);
    }

    public Map<TopicPartition, OffsetAndMetadata> committableOffsets() {
        return offsets.committable(open != null || skipping != null || !group.isEmpty());
    }

    /**
     * How long, in milliseconds, a group held for the next put may still wait; 0 when none is held. The task
     * makes Connect's next poll return within it, so a held group is applied in time even when no records come.
     */
    public long heldGroupDueInMillis() {
        return group.isEmpty() ? 0 : groupHold.remainingMillis(System.nanoTime());
    }

    /** Applies a group held for the next put now: its partitions are being taken away from this task. */
    public void releaseHeldGroup() throws InterruptedException {
        submitGroup();
    }

    public String executedGtids() {
        return executed.get().toCompactString();
    }

    private void accept(SinkRecord record) throws InterruptedException, SQLException {
        SinkEvent event = SinkEvent.of(record);
        boolean ordered = record.topic().endsWith("." + TopicNames.ORDERED_SUFFIX);
        if (!ordered) {
            perTable(event);
            return;
        }
        if (event instanceof SinkEvent.Marker marker) {
            marker(marker);
        } else if (event instanceof SinkEvent.Row row) {
            if (row.gtid() == null) {
                snapshotRow(row);
            } else {
                transactionRow(row);
            }
        } else if (event instanceof SinkEvent.SchemaChange change) {
            if (change.gtid() == null || change.snapshot()) {
                snapshotDefinition(change);
            } else {
                transactionDdl(change);
            }
        } else if (open == null && skipping == null) {
            offsets.boundary(record); // tombstones, heartbeats: nothing to apply
        }
    }

    // ---- ordered topic: source transactions

    private void marker(SinkEvent.Marker marker) throws InterruptedException, SQLException {
        if (marker.begin()) {
            begin(marker.gtid(), marker.record());
            return;
        }
        if (skipping != null && skipping.equals(marker.gtid())) {
            skipping = null;
            offsets.boundary(marker.record());
            return;
        }
        if (open == null || !open.gtidText.equals(marker.gtid())) {
            // END of a transaction already applied or skipped (a repeat after a source restart).
            if (open == null) {
                offsets.boundary(marker.record());
            }
            return;
        }
        end(marker.record());
    }

    private void begin(String gtidText, SinkRecord record) throws InterruptedException, SQLException {
        if (open != null && open.gtidText.equals(gtidText) || gtidText.equals(skipping)) {
            return; // BEGIN repeated by a restarted source: the transaction goes on
        }
        if (open != null && seen.contains(SourceGtids.parse(gtidText))) {
            dropCutTransaction(gtidText, record);
        }
        if (open != null) {
            throw new ConnectException("Source transaction " + open.gtidText + " has no END before transaction "
                    + gtidText + " begins at " + SinkEvent.position(record) + "; the topic is not a complete "
                    + "ordered stream (was a transform dropping markers, or records deleted?). Nothing of "
                    + open.gtidText + " was committed on the target.");
        }
        flushRowBatch();
        Gtid gtid = SourceGtids.parse(gtidText);
        if (seen.contains(gtid)) {
            skipping = gtidText;
            context.metrics().transactionSkipped();
            return;
        }
        if (unitsWithoutGtidInFlight) {
            executor.drain(); // snapshot rows carry no keys to order by: let them land before any transaction
            unitsWithoutGtidInFlight = false;
        }
        open = new OpenTransaction(gtidText, gtid, clock(record, DtleHeaders.LAST_COMMITTED),
                clock(record, DtleHeaders.SEQUENCE_NUMBER), new TransactionBuilder(context, batchSize), record);
        if (refusals.containsTransaction(gtidText)) {
            open.refused = true;
            refusals.reportTransactionRecord(gtidText, record);
        }
    }

    /**
     * A source task killed mid-transaction left the open transaction without its END in the topic; restarted from
     * its last committed offset, it now repeats transactions this stream already took (the new BEGIN is one of
     * them), and sends the cut transaction again, whole, after them. Nothing of it was committed: drop it.
     */
    private void dropCutTransaction(String repeatedGtid, SinkRecord record) {
        LOG.warn("Source transaction {} has no END: the source restarted and repeats transaction {} at {}; dropping "
                + "the incomplete transaction, which the source sends again", open.gtidText, repeatedGtid,
                SinkEvent.position(record));
        if (open.streamed != null) {
            open.streamed.abort();
        }
        open = null;
    }

    private void transactionRow(SinkEvent.Row row) throws InterruptedException, SQLException {
        if (skipping != null && skipping.equals(row.gtid())) {
            return;
        }
        if (open == null || !open.gtidText.equals(row.gtid())) {
            if (seen.contains(SourceGtids.parse(row.gtid()))) {
                return; // the rest of a transaction already applied, repeated by a restarted source
            }
            begin(row.gtid(), row.record());
        }
        if (skipping != null) {
            return;
        }
        if (row.totalOrder() > 0 && open.repeated(row.totalOrder(), row.op())) {
            return; // repeated inside the transaction by a restarted source
        }
        open.sourceMillis = sourceMillis(row);
        if (open.refused) {
            refusals.reportTransactionRecord(open.gtidText, row.record());
            return;
        }
        if (row.op() == Operation.TRUNCATE) {
            open.builder.step(new TruncateStep(context, row.database(), row.table()));
        } else {
            open.builder.row(metadataConnection.get(), kindOf(row.op()), row.database(), row.table(),
                    rowSchema(row), row.before(), row.after());
        }
        if (open.builder.bufferedRows() >= transactionBufferRows) {
            streamPart();
        }
    }

    private void transactionDdl(SinkEvent.SchemaChange change) throws InterruptedException, SQLException {
        if (skipping != null && skipping.equals(change.gtid())) {
            return;
        }
        if (open == null || !open.gtidText.equals(change.gtid())) {
            if (seen.contains(SourceGtids.parse(change.gtid()))) {
                return;
            }
            begin(change.gtid(), change.record());
            if (skipping != null) {
                return;
            }
        }
        if (open.refused) {
            refusals.reportTransactionRecord(open.gtidText, change.record());
            return;
        }
        if (!open.builder.hasDdl(change.ddl())) {
            open.builder.step(new DdlStep(context, change.database(), change.ddl(), change.gtid(), false, false));
        }
    }

    private void end(SinkRecord endMarker) throws InterruptedException {
        OpenTransaction transaction = open;
        open = null;
        seen = seen.with(transaction.gtid);
        if (transaction.streamed != null) {
            offsets.boundary(endMarker);
            transaction.streamed.finish(transaction.builder.steps());
            Gtid gtid = transaction.gtid;
            executed.updateAndGet(set -> set.with(gtid));
            context.metrics().transactionApplied(transaction.builder.rows(), transaction.sourceMillis);
            offsets.committed(offsets.register());
            return;
        }
        if (transaction.refused) {
            sendToDeadLetterQueue(transaction, endMarker);
            return;
        }
        EndedTransaction ended = new EndedTransaction(transaction.gtid, transaction.gtidText,
                transaction.lastCommitted, transaction.sequenceNumber, transaction.builder.steps(),
                transaction.builder.writeSet(), transaction.builder.exclusive(), transaction.builder.rows(),
                transaction.sourceMillis);
        // A transaction of a group the target refused is applied alone, so a refusal names it.
        boolean alone = refusals.appliesAlone(transaction.gtid);
        if (alone || !group.accepts(ended)) {
            submitGroup(); // before this END moves the boundary: the group's Kafka position must not include it
        }
        offsets.boundary(endMarker);
        group.add(ended);
        if (alone || group.full()) {
            submitGroup();
        }
    }

    /** Records only the GTID of a transaction the target refused before; its records went to the queue. */
    private void sendToDeadLetterQueue(OpenTransaction transaction, SinkRecord endMarker) throws InterruptedException {
        submitGroup(); // the transactions before it keep their order
        offsets.boundary(endMarker);
        refusals.reportTransactionRecord(transaction.gtidText, endMarker);
        LOG.warn("Source transaction {} went to the dead-letter queue (errors.tolerance=all): the target refused "
                + "it; it is recorded as done in the bookkeeping table and not applied", transaction.gtidText);
        long ticket = offsets.register();
        Gtid gtid = transaction.gtid;
        executor.submit(TransactionUnit.refused(context, gtid, transaction.gtidText, () -> {
            executed.updateAndGet(set -> set.with(gtid));
            offsets.committed(ticket);
            refusals.recorded(transaction.gtidText);
        }));
    }

    /** Applies the transactions gathered so far, in one target transaction. */
    private void submitGroup() throws InterruptedException {
        groupHold.released();
        if (group.isEmpty()) {
            return;
        }
        List<Gtid> gtids = group.gtids();
        long ticket = offsets.register();
        TransactionUnit unit = group.takeUnit(context, () -> {
            executed.updateAndGet(set -> {
                for (Gtid gtid : gtids) {
                    set = set.with(gtid);
                }
                return set;
            });
            offsets.committed(ticket);
        });
        executor.submit(unit);
        if (unit.exclusive()) {
            executor.drain(); // DDL changes what later transactions' statements look like
        }
    }

    /** A transaction too big to hold: apply what is buffered now, alone, in a target transaction kept open. */
    private void streamPart() throws InterruptedException {
        if (open.streamed == null) {
            submitGroup();
            executor.drain();
            open.streamed = new StreamedTransaction(context, dataSource, open.gtid, open.gtidText);
            LOG.info("Source transaction {} has more than {} rows: applying it as it streams in, in one target "
                    + "transaction", open.gtidText, transactionBufferRows);
        }
        open.streamed.apply(open.builder.takeFullSteps());
    }

    // ---- ordered topic: the full copy

    private void snapshotRow(SinkEvent.Row row) throws InterruptedException, SQLException {
        if (open != null) {
            throw new ConnectException("A snapshot row arrived inside source transaction " + open.gtidText + " at "
                    + SinkEvent.position(row.record()) + "; the ordered topic is corrupt");
        }
        submitGroup();
        if (rowBatch == null || !rowBatchIsSnapshot) {
            flushRowBatch();
            rowBatch = new TransactionBuilder(context, batchSize);
            rowBatchIsSnapshot = true;
        }
        rowBatch.row(metadataConnection.get(), RowBatch.Kind.UPSERT, row.database(), row.table(), rowSchema(row),
                null, row.after());
        offsets.boundary(row.record());
        if (refusals.oneRowAtATime(row.record())) {
            flushSingleRow(row.record());
        } else if (rowBatch.rows() >= batchSize) {
            flushRowBatch();
        }
    }

    private void snapshotDefinition(SinkEvent.SchemaChange change) throws InterruptedException {
        if (open != null) {
            throw new ConnectException("A table definition arrived inside source transaction " + open.gtidText
                    + " at " + SinkEvent.position(change.record()) + "; the ordered topic is corrupt");
        }
        submitGroup();
        flushRowBatch();
        executor.drain();
        TransactionBuilder builder = new TransactionBuilder(context, batchSize);
        builder.step(new DdlStep(context, change.database(), change.ddl(), null, true, newJob));
        offsets.boundary(change.record());
        submitWithoutGtid(builder);
        executor.drain();
    }

    // ---- per-table topics

    private void perTable(SinkEvent event) throws InterruptedException, SQLException {
        submitGroup();
        if (!(event instanceof SinkEvent.Row row)) {
            offsets.boundary(event.record());
            return; // markers and schema changes of per-table routing are not applied: order across topics is unknown
        }
        if (rowBatch == null || rowBatchIsSnapshot) {
            flushRowBatch();
            rowBatch = new TransactionBuilder(context, batchSize);
            rowBatchIsSnapshot = false;
        }
        switch (row.op()) {
            case READ, CREATE, UPDATE -> rowBatch.row(metadataConnection.get(), RowBatch.Kind.UPSERT, row.database(),
                    row.table(), rowSchema(row), null, row.after());
            case DELETE -> rowBatch.row(metadataConnection.get(), RowBatch.Kind.DELETE, row.database(), row.table(),
                    rowSchema(row), row.before(), null);
            case TRUNCATE -> rowBatch.step(new TruncateStep(context, row.database(), row.table()));
        }
        offsets.boundary(row.record());
        if (refusals.oneRowAtATime(row.record())) {
            flushSingleRow(row.record());
        }
    }

    /** Applies the batch, which holds only {@code record}'s row, as its own unit: a refusal then names the row. */
    private void flushSingleRow(SinkRecord record) throws InterruptedException {
        TransactionUnit unit = flushRowBatch();
        if (unit != null) {
            singleRowUnits.put(unit, record);
        }
    }

    /** Submits the buffered rows as one unit; returns it, or null when there was nothing to submit. */
    private TransactionUnit flushRowBatch() throws InterruptedException {
        if (rowBatch == null || rowBatch.isEmpty()) {
            rowBatch = null;
            return null;
        }
        TransactionBuilder batch = rowBatch;
        rowBatch = null;
        TransactionUnit unit = submitWithoutGtid(batch);
        if (!rowBatchIsSnapshot) {
            executor.drain(); // per-table changes keep their order: one batch at a time
        }
        return unit;
    }

    private TransactionUnit submitWithoutGtid(TransactionBuilder builder) throws InterruptedException {
        long ticket = offsets.register();
        Map<TopicPartition, Long> position = offsets.boundaryPositions();
        TransactionUnit[] submitted = new TransactionUnit[1];
        submitted[0] = new TransactionUnit(context, TransactionUnit.Source.NONE, builder.steps(), Set.of(),
                builder.exclusive(), position, () -> {
                    offsets.committed(ticket);
                    singleRowUnits.remove(submitted[0]);
                });
        executor.submit(submitted[0]);
        unitsWithoutGtidInFlight = true;
        return submitted[0];
    }

    // ---- helpers

    private static RowBatch.Kind kindOf(Operation op) {
        return switch (op) {
            case CREATE -> RowBatch.Kind.INSERT;
            case UPDATE -> RowBatch.Kind.UPDATE;
            case DELETE -> RowBatch.Kind.DELETE;
            case READ -> RowBatch.Kind.UPSERT;
            case TRUNCATE -> throw new IllegalArgumentException("a truncate is not a row change");
        };
    }

    private static org.apache.kafka.connect.data.Schema rowSchema(SinkEvent.Row row) {
        Struct image = row.after() != null ? row.after() : row.before();
        if (image == null) {
            throw new DataException("Row change at " + SinkEvent.position(row.record()) + " of " + row.database()
                    + "." + row.table() + " has neither a before nor an after image");
        }
        return image.schema();
    }

    private static long sourceMillis(SinkEvent.Row row) {
        Object ts = ((Struct) row.record().value()).getStruct("source").get("ts_ms");
        return ts instanceof Long millis ? millis : 0;
    }

    private static OptionalLong clock(SinkRecord record, String header) {
        Header found = record.headers().lastWithName(header);
        if (found == null || found.value() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(found.value().toString()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        abortOpen();
    }

    private void abortOpen() {
        if (open != null && open.streamed != null) {
            open.streamed.abort();
        }
        open = null;
    }

    /** A source transaction between its BEGIN and its END. */
    private static final class OpenTransaction {
        final String gtidText;
        final Gtid gtid;
        final OptionalLong lastCommitted;
        final OptionalLong sequenceNumber;
        final TransactionBuilder builder;
        final SinkRecord begin;
        long lastTotalOrder;
        final EnumSet<Operation> opsAtLastOrder = EnumSet.noneOf(Operation.class);
        long sourceMillis;
        StreamedTransaction streamed;
        /** Refused by the target before: its records go to the dead-letter queue, only its GTID is recorded. */
        boolean refused;

        OpenTransaction(String gtidText, Gtid gtid, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                        TransactionBuilder builder, SinkRecord begin) {
            this.gtidText = gtidText;
            this.gtid = gtid;
            this.lastCommitted = lastCommitted;
            this.sequenceNumber = sequenceNumber;
            this.builder = builder;
            this.begin = begin;
        }

        /**
         * Whether a row was already taken. The two halves of a primary-key change (delete, create) share their
         * event's total_order, so a position is (total_order, op).
         */
        boolean repeated(long totalOrder, Operation op) {
            if (totalOrder < lastTotalOrder) {
                return true;
            }
            if (totalOrder > lastTotalOrder) {
                lastTotalOrder = totalOrder;
                opsAtLastOrder.clear();
            }
            return !opsAtLastOrder.add(op);
        }
    }
}
