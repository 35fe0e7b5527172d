package io.dtle.sink.parallel;

import java.util.concurrent.atomic.LongAdder;

/** Event counts of one applier since it started, for metrics. */
final class ApplyCounters {
    private final LongAdder committed = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder commitOrderWaits = new LongAdder();
    private final LongAdder commitOrderRollbacks = new LongAdder();

    void committed() {
        committed.increment();
    }

    void retried() {
        retries.increment();
    }

    void waitedForCommitOrder() {
        commitOrderWaits.increment();
    }

    void rolledBackForCommitOrder() {
        commitOrderRollbacks.increment();
    }

    long committedCount() {
        return committed.sum();
    }

    long retries() {
        return retries.sum();
    }

    long commitOrderWaits() {
        return commitOrderWaits.sum();
    }

    long commitOrderRollbacks() {
        return commitOrderRollbacks.sum();
    }
}
