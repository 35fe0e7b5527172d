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
 */
public record ParallelOptions(int workers, boolean preserveCommitOrder, Duration commitOrderWait, int maxInFlight) {

    public static final int DEFAULT_WORKERS = 1;
    public static final boolean DEFAULT_PRESERVE_COMMIT_ORDER = true;
    public static final Duration DEFAULT_COMMIT_ORDER_WAIT = Duration.ofMillis(200);
    /** Per worker: enough look-ahead to find independent units behind a hot row. */
    public static final int DEFAULT_IN_FLIGHT_PER_WORKER = 32;

    public ParallelOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be 1 or more, not " + workers);
        }
        Objects.requireNonNull(commitOrderWait, "commitOrderWait");
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
                Math.max(1, workers) * DEFAULT_IN_FLIGHT_PER_WORKER);
    }

    public ParallelOptions withPreserveCommitOrder(boolean preserve) {
        return new ParallelOptions(workers, preserve, commitOrderWait, maxInFlight);
    }

    public ParallelOptions withCommitOrderWait(Duration wait) {
        return new ParallelOptions(workers, preserveCommitOrder, wait, maxInFlight);
    }

    public ParallelOptions withMaxInFlight(int max) {
        return new ParallelOptions(workers, preserveCommitOrder, commitOrderWait, max);
    }
}
