package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Consecutive whole source transactions that are already read, to be applied in one target transaction: one commit
 * (two fsyncs on a durable target) instead of one per source transaction. Each keeps its own bookkeeping row, so
 * the group commits all its GTIDs or none. Consecutive changes of one kind to one table merge into one statement
 * across the transactions' boundaries, in order.
 *
 * <p>Only transactions of row changes join a group (DDL and TRUNCATE commit on their own). The caller decides when
 * to apply the group; it never waits for more input, so grouping happens only when the sink lags.
 */
final class TransactionGroup {

    /** At most this many source transactions, and together at most this many row changes, in one group. */
    record Limits(int maxTransactions, int maxRows, int batchSize) {
    }

    private final Limits limits;
    private final List<Gtid> gtids = new ArrayList<>();
    private final List<String> gtidTexts = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Set<Object> writeSet = new HashSet<>();
    private final List<EndedTransaction> members = new ArrayList<>();
    private boolean exclusive;
    private int rows;

    TransactionGroup(Limits limits) {
        this.limits = limits;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /** Whether {@code next} may join: an empty group takes anything; a group with members only what fits. */
    boolean accepts(EndedTransaction next) {
        if (members.isEmpty()) {
            return true;
        }
        return canGroup(first()) && canGroup(next) && members.size() < limits.maxTransactions()
                && rows + next.rows() <= limits.maxRows() && sameClockEpoch(next);
    }

    /** Whether the group must be applied now: it is full, or its transaction cannot share its target transaction. */
    boolean full() {
        return !canGroup(first()) || members.size() >= limits.maxTransactions() || rows >= limits.maxRows();
    }

    void add(EndedTransaction transaction) {
        if (!accepts(transaction)) {
            throw new IllegalStateException("transaction " + transaction.gtidText() + " does not fit the group");
        }
        members.add(transaction);
        gtids.add(transaction.gtid());
        gtidTexts.add(transaction.gtidText());
        rows += transaction.rows();
        exclusive |= transaction.exclusive();
        if (!exclusive) {
            writeSet.addAll(transaction.writeSet());
        }
        for (Step step : transaction.steps()) {
            if (!mergedIntoLast(step)) {
                steps.add(step);
            }
        }
    }

    private boolean mergedIntoLast(Step step) {
        return !steps.isEmpty() && steps.get(steps.size() - 1) instanceof RowBatch last
                && step instanceof RowBatch batch && last.absorb(batch, limits.batchSize());
    }

    /** The group as one unit, emptying this group; {@code onCommitted} runs after its commit. */
    TransactionUnit takeUnit(ApplyContext context, Runnable onCommitted) {
        EndedTransaction first = first();
        EndedTransaction last = members.get(members.size() - 1);
        String text = gtidTexts.size() == 1 ? gtidTexts.get(0)
                : gtidTexts.get(0) + " .. " + last.gtidText() + " (" + gtidTexts.size() + " grouped)";
        TransactionUnit unit = new TransactionUnit(context, new TransactionUnit.Source(List.copyOf(gtids), text,
                lastCommitted(first), first.sequenceNumber(), last.sourceMillis()), steps,
                exclusive ? Set.of() : Set.copyOf(writeSet), exclusive, null, onCommitted);
        members.clear();
        gtids.clear();
        gtidTexts.clear();
        steps.clear();
        writeSet.clear();
        exclusive = false;
        rows = 0;
        return unit;
    }

    /** The GTIDs of its transactions, in order. */
    List<Gtid> gtids() {
        return List.copyOf(gtids);
    }

    private EndedTransaction first() {
        return members.get(0);
    }

    private boolean canGroup(EndedTransaction transaction) {
        return limits.maxTransactions() > 1 && transaction.onlyRowChanges()
                && transaction.rows() < limits.maxRows();
    }

    /**
     * The logical clock of a group is its first member's sequence number (a later transaction that depends on any
     * member then waits for the whole group) with the latest dependency of any member outside the group. A
     * sequence number that does not grow starts a new binlog file's clock: it starts a new group too.
     */
    private boolean sameClockEpoch(EndedTransaction next) {
        EndedTransaction last = members.get(members.size() - 1);
        if (last.sequenceNumber().isPresent() != next.sequenceNumber().isPresent()
                || last.lastCommitted().isPresent() != next.lastCommitted().isPresent()) {
            return false;
        }
        return last.sequenceNumber().isEmpty()
                || next.sequenceNumber().getAsLong() > last.sequenceNumber().getAsLong();
    }

    private OptionalLong lastCommitted(EndedTransaction first) {
        if (first.lastCommitted().isEmpty() || first.sequenceNumber().isEmpty()) {
            return first.lastCommitted();
        }
        long outside = first.sequenceNumber().getAsLong() - 1;
        long latest = members.stream().mapToLong(m -> m.lastCommitted().getAsLong()).max().orElse(outside);
        return OptionalLong.of(Math.min(latest, outside));
    }
}
