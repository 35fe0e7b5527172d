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
 * One target transaction: a whole source transaction (bookkeeping row first, then its changes), or a batch of
 * snapshot or per-table rows (no GTID; the Kafka position is stored with them instead). A unit with DDL runs alone
 * and writes its bookkeeping row after the DDL, which commits on its own.
 */
final class TransactionUnit implements ApplyUnit {
    private final ApplyContext context;
    private final Gtid gtid;
    private final String gtidText;
    private final OptionalLong lastCommitted;
    private final OptionalLong sequenceNumber;
    private final List<Step> steps;
    private final Set<?> writeSet;
    private final boolean exclusive;
    private final boolean hasDdl;
    private final Map<TopicPartition, Long> storeOffsets;
    private final long sourceCommitMillis;
    private final Runnable onCommitted;
    private final boolean refused;

    TransactionUnit(ApplyContext context, Gtid gtid, String gtidText, OptionalLong lastCommitted,
                    OptionalLong sequenceNumber, List<Step> steps, Set<?> writeSet, boolean exclusive,
                    Map<TopicPartition, Long> storeOffsets, long sourceCommitMillis, Runnable onCommitted) {
        this(context, gtid, gtidText, lastCommitted, sequenceNumber, steps, writeSet, exclusive, storeOffsets,
                sourceCommitMillis, onCommitted, false);
    }

    private TransactionUnit(ApplyContext context, Gtid gtid, String gtidText, OptionalLong lastCommitted,
                            OptionalLong sequenceNumber, List<Step> steps, Set<?> writeSet, boolean exclusive,
                            Map<TopicPartition, Long> storeOffsets, long sourceCommitMillis, Runnable onCommitted,
                            boolean refused) {
        this.context = context;
        this.gtid = gtid;
        this.gtidText = gtidText;
        this.lastCommitted = lastCommitted;
        this.sequenceNumber = sequenceNumber;
        this.steps = List.copyOf(steps);
        this.writeSet = writeSet;
        this.hasDdl = steps.stream().anyMatch(step -> !(step instanceof RowBatch));
        this.exclusive = exclusive || hasDdl;
        this.storeOffsets = storeOffsets;
        this.sourceCommitMillis = sourceCommitMillis;
        this.onCommitted = onCommitted;
        this.refused = refused;
    }

    /** A source transaction the target refused and the dead-letter queue took: only its bookkeeping row is written. */
    static TransactionUnit refused(ApplyContext context, Gtid gtid, String gtidText, Runnable onCommitted) {
        return new TransactionUnit(context, gtid, gtidText, OptionalLong.empty(), OptionalLong.empty(), List.of(),
                Set.of(), false, null, 0, onCommitted, true);
    }

    boolean hasGtid() {
        return gtid != null;
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
        return gtidText == null ? "(no GTID: snapshot or per-table rows)" : gtidText;
    }

    @Override
    public OptionalLong lastCommitted() {
        return lastCommitted;
    }

    @Override
    public OptionalLong sequenceNumber() {
        return sequenceNumber;
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
    public void apply(Connection connection) throws SQLException {
        if (context.setGtidNext()) {
            // every unit sets it: a pooled connection may come from a unit that committed under a source GTID
            setGtidNext(connection, gtid != null && !hasDdl ? "'" + gtidText + "'" : "AUTOMATIC");
        }
        if (gtid != null && !hasDdl) {
            context.bookkeeping().record(connection, gtid);
        }
        for (Step step : steps) {
            Step.applyNamingFailures(step, connection);
        }
        if (gtid != null && hasDdl) {
            context.bookkeeping().record(connection, gtid);
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
        int rows = steps.stream().mapToInt(Step::rows).sum();
        if (refused) {
            context.metrics().transactionRefused();
        } else if (gtid != null) {
            context.metrics().transactionApplied(rows, sourceCommitMillis);
        } else {
            context.metrics().upsertRowsApplied(rows);
        }
        onCommitted.run();
    }

    int rows() {
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
