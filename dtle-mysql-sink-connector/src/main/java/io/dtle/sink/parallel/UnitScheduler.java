package io.dtle.sink.parallel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state the submitting thread and the workers share: which units may start, which committed, the commit-order
 * turn, and the first failure. One lock guards it all; the work done under it is small next to a database round trip.
 */
final class UnitScheduler {

    /** What an applied unit waiting to commit in order is told. */
    enum Turn {
        /** Every earlier unit committed: commit now. */
        NOW,
        /** The watermark has not moved for the bound: roll back to release locks, then wait for the turn. */
        STALLED,
        /** The applier failed before this unit or is closing: roll back and give up. */
        ABANDONED
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workReady = lock.newCondition();
    private final Condition progress = lock.newCondition();
    private final DependencyTracker tracker = new DependencyTracker();
    private final CommitLedger ledger = new CommitLedger();
    private final PriorityQueue<Sequenced> ready = new PriorityQueue<>(Comparator.comparingLong(Sequenced::seq));
    private final int maxInFlight;
    private final ApplyCounters counters;
    private long nextSeq = 1;
    private int running;
    /** Units from this one on never commit: the lowest unit that failed. */
    private long failedSeq = Long.MAX_VALUE;
    private ApplyException failure;
    private boolean closed;

    UnitScheduler(int maxInFlight, ApplyCounters counters) {
        this.maxInFlight = maxInFlight;
        this.counters = counters;
    }

    void submit(ApplyUnit unit) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (failure == null && !closed && ledger.inFlight() >= maxInFlight) {
                progress.await();
            }
            throwIfStopped();
            Sequenced sequenced = new Sequenced(nextSeq++, unit);
            ledger.register(sequenced);
            if (tracker.add(sequenced)) {
                ready.add(sequenced);
                workReady.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The oldest unit that may start, waiting for one, followed by the ready units right after it in submission
     * order that may join it within {@code limits}; null once the applier closes. Each unit taken is {@link
     * #finished} once.
     */
    List<Sequenced> takeRun(ParallelOptions.JoinLimits limits) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Sequenced first = take();
            if (first == null) {
                return null;
            }
            List<Sequenced> run = new ArrayList<>(List.of(first));
            int transactions = first.unit().transactions();
            int rows = first.unit().rows();
            Sequenced next;
            while (first.unit().joinable() && (next = ready.peek()) != null
                    && next.seq() == run.get(run.size() - 1).seq() + 1 && next.seq() < failedSeq
                    && next.unit().joinable()
                    && limits.allows(transactions + next.unit().transactions(), rows + next.unit().rows())) {
                ready.poll();
                running++;
                run.add(next);
                transactions += next.unit().transactions();
                rows += next.unit().rows();
            }
            return run;
        } finally {
            lock.unlock();
        }
    }

    /** The oldest unit that may start, waiting for one; null once the applier closes. */
    Sequenced take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (!closed) {
                Sequenced next = ready.poll();
                if (next == null) {
                    workReady.await();
                } else if (next.seq() < failedSeq) {
                    running++;
                    return next;
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every unit before {@code seq} committed. With a positive {@code stallNanos}, gives up with
     * {@link Turn#STALLED} once the watermark has not moved for that long while this unit waited: an earlier unit may
     * be stuck behind a lock this one holds.
     */
    Turn awaitCommitTurn(long seq, long stallNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long start = System.nanoTime();
            boolean waited = false;
            while (true) {
                if (isAbandoned(seq)) {
                    return Turn.ABANDONED;
                }
                if (ledger.committedThrough(seq - 1)) {
                    return Turn.NOW;
                }
                if (!waited) {
                    counters.waitedForCommitOrder();
                    waited = true;
                }
                if (stallNanos <= 0) {
                    progress.await();
                    continue;
                }
                long moved = ledger.watermarkMovedAtNanos();
                long stallStart = moved - start > 0 ? moved : start;
                long remaining = stallNanos - (System.nanoTime() - stallStart);
                if (remaining <= 0) {
                    return Turn.STALLED;
                }
                progress.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    /** True when unit {@code seq} must not commit: an earlier unit failed, or the applier is closing. */
    boolean abandoned(long seq) {
        lock.lock();
        try {
            return isAbandoned(seq);
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code nanos} (a retry backoff), returning early when the unit is abandoned. */
    void pause(long seq, long nanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long remaining = nanos;
            while (remaining > 0 && !isAbandoned(seq)) {
                remaining = progress.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Records a commit on the target: releases dependent units and runs the callbacks the watermark passed. */
    void committed(Sequenced sequenced) {
        lock.lock();
        try {
            counters.committed();
            for (Sequenced next : tracker.committed(sequenced.seq())) {
                ready.add(next);
                workReady.signal();
            }
            for (Sequenced passed : ledger.committed(sequenced.seq())) {
                try {
                    passed.unit().committed();
                } catch (RuntimeException e) {
                    recordFailure(passed, "its committed() callback failed: " + e, e);
                }
            }
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A worker is done with the unit it took, committed or not. */
    void finished() {
        lock.lock();
        try {
            running--;
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the applier: nothing from {@code sequenced} on commits, and the next submit or drain throws. */
    void failed(Sequenced sequenced, String message, Throwable cause) {
        lock.lock();
        try {
            recordFailure(sequenced, message, cause);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until everything submitted committed; after a failure, until the units before it are done, then throws. */
    void drain() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                if (failure != null && running == 0 && ledger.committedThrough(failedSeq - 1)) {
                    throw failure;
                }
                if (failure == null && ledger.inFlight() == 0) {
                    return;
                }
                if (closed) {
                    throw new IllegalStateException("the applier was closed while draining");
                }
                progress.await();
            }
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            workReady.signalAll();
            progress.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        return locked(ledger::inFlight);
    }

    int waitingOnDependencies() {
        return locked(tracker::blocked);
    }

    Optional<ApplyUnit> watermark() {
        return locked(ledger::watermarkUnit);
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private boolean isAbandoned(long seq) {
        return closed || seq >= failedSeq;
    }

    private void recordFailure(Sequenced sequenced, String message, Throwable cause) {
        ApplyException error = new ApplyException(sequenced.unit(), message, cause);
        if (failure == null || sequenced.seq() < failedSeq) {
            if (failure != null) {
                error.addSuppressed(failure);
            }
            failure = error;
            failedSeq = sequenced.seq();
        } else {
            failure.addSuppressed(error);
        }
        workReady.signalAll();
        progress.signalAll();
    }

    /** Throws the failure that stopped the applier, if one did. */
    void throwIfFailed() {
        lock.lock();
        try {
            if (failure != null) {
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private void throwIfStopped() {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IllegalStateException("the applier is closed");
        }
    }
}
