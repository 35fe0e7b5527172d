package io.dtle.sink.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which submitted units have committed, and the watermark: the last unit such that it and every unit before it
 * committed. Units may commit out of order (relaxed commit order, or any order in tests); their {@code committed()}
 * callbacks are released in submission order as the watermark passes them. Not thread-safe.
 */
final class CommitLedger {
    private final ArrayDeque<Sequenced> pending = new ArrayDeque<>();
    private final Set<Long> committedAhead = new HashSet<>();
    private long watermarkSeq;
    private Sequenced watermarkUnit;
    private long watermarkMovedAtNanos = System.nanoTime();

    /** Registers the next submitted unit. */
    void register(Sequenced sequenced) {
        pending.add(sequenced);
    }

    /** Records a commit; returns the units the watermark passed, in submission order, for their callbacks. */
    List<Sequenced> committed(long seq) {
        if (seq <= watermarkSeq || !committedAhead.add(seq)) {
            throw new IllegalStateException("unit " + seq + " committed twice");
        }
        List<Sequenced> passed = new ArrayList<>();
        while (!pending.isEmpty() && committedAhead.remove(pending.peekFirst().seq())) {
            Sequenced next = pending.pollFirst();
            passed.add(next);
            watermarkSeq = next.seq();
            watermarkUnit = next;
        }
        if (!passed.isEmpty()) {
            watermarkMovedAtNanos = System.nanoTime();
        }
        return passed;
    }

    /** True when unit {@code seq} and every unit before it committed (always true for 0). */
    boolean committedThrough(long seq) {
        return seq <= watermarkSeq;
    }

    long watermarkSeq() {
        return watermarkSeq;
    }

    Optional<ApplyUnit> watermarkUnit() {
        return Optional.ofNullable(watermarkUnit).map(Sequenced::unit);
    }

    /** When the watermark last moved (System.nanoTime), or when the ledger was made. */
    long watermarkMovedAtNanos() {
        return watermarkMovedAtNanos;
    }

    /** Units registered and not yet passed by the watermark. */
    int inFlight() {
        return pending.size();
    }
}
