package io.dtle.sink.parallel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Applies source transactions on {@code workers} pooled connections to the target, running independent ones at the
 * same time (dtle's {@code ParallelWorkers}). Two units overlap only when no earlier uncommitted unit shares a
 * write-set key, the logical clock allows it (when both have it), and neither is exclusive; with one worker it is
 * plain serial apply on one connection.
 *
 * <p>By default units commit in submission order; {@code committed()} callbacks always run in submission order, and
 * {@link #watermark()} is the last unit that it and all before it committed, for the caller's Kafka offsets. The first
 * fatal error stops the applier: nothing submitted after the failed unit commits, and the next {@link #submit} or
 * {@link #drain} throws an {@link ApplyException} naming its GTID.
 *
 * <p>The pool should hold at least {@code workers} connections; each worker keeps one while the applier is open.
 * Callbacks run on worker threads while the scheduler is locked: keep them short and do not call back into the
 * applier from them.
 */
public final class ParallelApplier implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ApplyCounters counters = new ApplyCounters();
    private final UnitScheduler scheduler;
    private final List<Thread> workers = new ArrayList<>();

    public ParallelApplier(DataSource pool, ParallelOptions options, RetryPolicy retryPolicy) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.scheduler = new UnitScheduler(options.maxInFlight(), counters);
        for (int i = 0; i < options.workers(); i++) {
            UnitRunner runner = new UnitRunner(i, scheduler, new WorkerConnection(pool), options, retryPolicy,
                    counters);
            Thread thread = new Thread(runner, "dtle-apply-" + (i + 1));
            thread.setDaemon(true);
            workers.add(thread);
        }
        workers.forEach(Thread::start);
    }

    /** Queues a unit after all earlier ones; blocks while the in-flight limit is reached. */
    public void submit(ApplyUnit unit) throws InterruptedException {
        scheduler.submit(Objects.requireNonNull(unit, "unit"));
    }

    /**
     * Throws the failure that stopped the applier, if one did. Submitting finds it too, but when no further
     * transaction arrives the caller must ask, or a failed unit would go unnoticed.
     */
    public void throwIfFailed() {
        scheduler.throwIfFailed();
    }

    /** Waits until everything submitted committed, or throws the failure that stopped the applier. */
    public void drain() throws InterruptedException {
        scheduler.drain();
    }

    /** The last unit such that it and every unit submitted before it committed; empty before the first commit. */
    public Optional<ApplyUnit> watermark() {
        return scheduler.watermark();
    }

    /** Units submitted and not yet passed by the watermark. */
    public int getInFlight() {
        return scheduler.inFlight();
    }

    /** Submitted units that may not start yet: an earlier unit they depend on has not committed. */
    public int getWaitingOnDependencies() {
        return scheduler.waitingOnDependencies();
    }

    public long getCommitted() {
        return counters.committedCount();
    }

    /** Runs repeated after a deadlock, lock wait timeout or lost connection. */
    public long getRetries() {
        return counters.retries();
    }

    /** Units that, once applied, had to wait for an earlier unit to commit first. */
    public long getCommitOrderWaits() {
        return counters.commitOrderWaits();
    }

    /** Units rolled back because the watermark stood still while they waited for their commit turn. */
    public long getCommitOrderRollbacks() {
        return counters.commitOrderRollbacks();
    }

    /**
     * Stops the workers; units not yet committed are rolled back. Waits for a unit in the middle of a statement to
     * return, up to 30 s, then interrupts its worker.
     */
    @Override
    public void close() {
        scheduler.close();
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
    }
}
