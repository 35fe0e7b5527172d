package io.dtle.sink.parallel;

import java.time.Duration;
import java.util.Objects;

/**
 * How the applier schedules units.
 *
 * @param workers             connections applying units at the same time (dtle's {@code ParallelWorkers}); 1 applies
 *                            serially on one connection
 * @param preserveCommitOrder commit units in submission order, so the target never shows a later source transaction
 *                            without the earlier ones; false commits each unit as soon as it is applied
 * @param commitOrderWait     how long an applied unit waits for the commit watermark to move before it rolls back, to
 *                            release locks an earlier unit may be waiting for, and applies again when its turn comes
 * @param maxInFlight         units submitted and not yet committed; {@code submit} blocks beyond this
 * @param join                how many ready units, consecutive in submission order, a worker may apply in one target
 *                            transaction (one commit) when the applier lags
 */
public record ParallelOptions(int workers, boolean preserveCommitOrder, Duration commitOrderWait, int maxInFlight,
                              JoinLimits join) {

    /**
     * Bounds of a run of units applied together: their source transactions and row changes added up. A worker takes
     * a first unit whatever its size and joins the next ones while the sums stay within these bounds.
     */
    public record JoinLimits(int maxTransactions, int maxRows) {
        /** Every unit in its own target transaction. */
        public static final JoinLimits NONE = new JoinLimits(0, 0);

        boolean allows(int transactions, int rows) {
            return transactions <= maxTransactions && rows <= maxRows;
        }
    }

    public static final int DEFAULT_WORKERS = 1;
    public static final boolean DEFAULT_PRESERVE_COMMIT_ORDER = true;
    /**
     * Only a deadlock-breaker (an earlier unit waiting in InnoDB for a lock a later one holds is rare): long enough
     * that a slow durable commit on a loaded machine does not roll back later units for nothing, as 200 ms did.
     */
    public static final Duration DEFAULT_COMMIT_ORDER_WAIT = Duration.ofSeconds(2);
    /** Per worker: enough look-ahead to find independent units behind a hot row. */
    public static final int DEFAULT_IN_FLIGHT_PER_WORKER = 32;

    public ParallelOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be 1 or more, not " + workers);
        }
        Objects.requireNonNull(commitOrderWait, "commitOrderWait");
        Objects.requireNonNull(join, "join");
        if (commitOrderWait.isNegative() || commitOrderWait.isZero()) {
            throw new IllegalArgumentException("commitOrderWait must be positive, not " + commitOrderWait);
        }
        if (maxInFlight < workers) {
            throw new IllegalArgumentException("maxInFlight (" + maxInFlight + ") must be at least workers ("
                    + workers + ")");
        }
    }

    /** Defaults for {@code workers} connections. */
    public static ParallelOptions forWorkers(int workers) {
        return new ParallelOptions(workers, DEFAULT_PRESERVE_COMMIT_ORDER, DEFAULT_COMMIT_ORDER_WAIT,
                Math.max(1, workers) * DEFAULT_IN_FLIGHT_PER_WORKER, JoinLimits.NONE);
    }

    public ParallelOptions withPreserveCommitOrder(boolean preserve) {
        return new ParallelOptions(workers, preserve, commitOrderWait, maxInFlight, join);
    }

    public ParallelOptions withCommitOrderWait(Duration wait) {
        return new ParallelOptions(workers, preserveCommitOrder, wait, maxInFlight, join);
    }

    public ParallelOptions withMaxInFlight(int max) {
        return new ParallelOptions(workers, preserveCommitOrder, commitOrderWait, max, join);
    }

    public ParallelOptions withJoinLimits(JoinLimits limits) {
        return new ParallelOptions(workers, preserveCommitOrder, commitOrderWait, maxInFlight, limits);
    }
}
