package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import io.dtle.sink.parallel.ApplyUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * One target transaction: one or more whole source transactions (their bookkeeping rows first, then their changes),
 * or a batch of snapshot or per-table rows (no GTID; the Kafka position is stored with them instead). A unit with
 * DDL holds one source transaction, runs alone and writes its bookkeeping row after the DDL, which commits on its
 * own.
 */
final class TransactionUnit implements ApplyUnit {

    /**
     * The source transactions a unit applies, in order ({@link #NONE} for snapshot and per-table rows), with the
     * logical clock the scheduler uses for the whole unit.
     */
    record Source(List<Gtid> gtids, String text, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                  long sourceCommitMillis) {
        static final Source NONE = new Source(List.of(), null, OptionalLong.empty(), OptionalLong.empty(), 0);
    }

    private final ApplyContext context;
    private final Source source;
    private final List<Step> steps;
    private final Set<?> writeSet;
    private final boolean exclusive;
    private final boolean hasDdl;
    private final Map<TopicPartition, Long> storeOffsets;
    private final Runnable onCommitted;
    private final boolean refused;

    TransactionUnit(ApplyContext context, Source source, List<Step> steps, Set<?> writeSet, boolean exclusive,
                    Map<TopicPartition, Long> storeOffsets, Runnable onCommitted) {
        this(context, source, steps, writeSet, exclusive, storeOffsets, onCommitted, false);
    }

    private TransactionUnit(ApplyContext context, Source source, List<Step> steps, Set<?> writeSet,
                            boolean exclusive, Map<TopicPartition, Long> storeOffsets, Runnable onCommitted,
                            boolean refused) {
        this.context = context;
        this.source = source;
        this.steps = List.copyOf(steps);
        this.writeSet = writeSet;
        this.hasDdl = steps.stream().anyMatch(step -> !(step instanceof RowBatch));
        this.exclusive = exclusive || hasDdl;
        this.storeOffsets = storeOffsets;
        this.onCommitted = onCommitted;
        if (hasDdl && source.gtids().size() > 1) {
            throw new IllegalArgumentException("DDL cannot share a target transaction: " + source.text());
        }
        this.refused = refused;
    }

    /** A source transaction the target refused and the dead-letter queue took: only its bookkeeping row is written. */
    static TransactionUnit refused(ApplyContext context, Gtid gtid, String gtidText, Runnable onCommitted) {
        return new TransactionUnit(context, new Source(List.of(gtid), gtidText, OptionalLong.empty(),
                OptionalLong.empty(), 0), List.of(), Set.of(), false, null, onCommitted, true);
    }

    /** The source transactions this unit applies, in order; empty for snapshot and per-table rows. */
    List<Gtid> gtids() {
        return source.gtids();
    }

    /** Only row changes: no DDL, no truncate. */
    boolean rowsOnly() {
        return !hasDdl;
    }

    /** The Kafka positions this unit stores with its rows (units without a GTID), else null. */
    Map<TopicPartition, Long> storeOffsets() {
        return storeOffsets;
    }

    @Override
    public String gtid() {
        return source.text() == null ? "(no GTID: snapshot or per-table rows)" : source.text();
    }

    @Override
    public OptionalLong lastCommitted() {
        return source.lastCommitted();
    }

    @Override
    public OptionalLong sequenceNumber() {
        return source.sequenceNumber();
    }

    @Override
    public Set<?> writeSet() {
        return writeSet;
    }

    @Override
    public boolean exclusive() {
        return exclusive;
    }

    @Override
    public void apply(Connection connection, int worker) throws SQLException {
        List<Gtid> gtids = source.gtids();
        if (context.setGtidNext()) {
            // every unit sets it: a pooled connection may come from a unit that committed under a source GTID
            boolean underSourceGtid = gtids.size() == 1 && !hasDdl;
            setGtidNext(connection, underSourceGtid ? "'" + source.text() + "'" : "AUTOMATIC");
        }
        if (!gtids.isEmpty() && !hasDdl) {
            context.bookkeeping().record(connection, gtids);
        }
        // Rows without a GTID (full copy, per-table topics) are tagged too, or a bidirectional job echoes them. A DDL
        // step (a per-table TRUNCATE) commits what came before it, so the rows after it need a tag of their own.
        boolean tagBeforeRows = gtids.isEmpty();
        for (Step step : steps) {
            boolean rows = step instanceof RowBatch;
            if (rows && tagBeforeRows) {
                context.originTags().tag(connection, worker);
                tagBeforeRows = false;
            }
            Step.applyNamingFailures(step, connection);
            tagBeforeRows |= !rows && gtids.isEmpty();
        }
        if (!gtids.isEmpty() && hasDdl) {
            context.bookkeeping().record(connection, gtids);
        }
    }

    /** Every row batch updates the same sink_offsets row: only at the commit turn, so batches do not queue on it. */
    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        if (storeOffsets != null) {
            context.offsets().write(connection, storeOffsets);
        }
    }

    @Override
    public void committed() {
        int rows = rows();
        if (refused) {
            context.metrics().transactionRefused();
        } else if (!source.gtids().isEmpty()) {
            context.metrics().transactionsApplied(source.gtids().size(), rows, source.sourceCommitMillis());
        } else {
            context.metrics().upsertRowsApplied(rows);
        }
        onCommitted.run();
    }

    List<Step> steps() {
        return steps;
    }

    /** Row changes only, and no GTID_NEXT to set: such units may share a target transaction. */
    @Override
    public boolean joinable() {
        return !hasDdl && !context.setGtidNext();
    }

    @Override
    public int transactions() {
        return source.gtids().size();
    }

    @Override
    public int rows() {
        return steps.stream().mapToInt(Step::rows).sum();
    }

    private static void setGtidNext(Connection connection, String value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET GTID_NEXT = " + value);
        }
    }

    @Override
    public String toString() {
        return "transaction " + gtid() + " (" + steps.size() + " step(s))";
    }
}
