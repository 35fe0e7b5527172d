package io.dtle.sink.apply;

/**
 * Whether a group that is not full waits for the next delivery ({@code put}) instead of being applied at the end of
 * this one. It waits only while deliveries come about as big as the biggest one seen (the consumer had more records
 * than one delivery holds: the sink lags, so the next one follows at once), and never longer than {@code maxDelay}
 * from the end of the delivery that first held it. A sink that keeps up gets small deliveries and applies every
 * group at once, with no added latency.
 *
 * <p>Waiting costs nothing in safety: the held transactions are complete and not committed, so Kafka offsets stop
 * before them (see {@link OffsetTracker}), and a stream that ends with a held group simply never applied it.
 */
final class GroupHold {
    private static final long NOT_HELD = -1;

    private final long maxDelayNanos;
    private int biggestDelivery;
    private long heldSince = NOT_HELD;

    GroupHold(long maxDelayMillis) {
        this.maxDelayNanos = maxDelayMillis * 1_000_000;
    }

    /**
     * At the end of a delivery of {@code delivered} records that left a group not full: whether to keep it for the
     * next delivery.
     */
    boolean holdAfter(int delivered, long nowNanos) {
        biggestDelivery = Math.max(biggestDelivery, delivered);
        boolean lagging = delivered > 0 && 2L * delivered >= biggestDelivery;
        if (maxDelayNanos <= 0 || !lagging) {
            return false;
        }
        if (heldSince == NOT_HELD) {
            heldSince = nowNanos;
            return true;
        }
        return nowNanos - heldSince < maxDelayNanos;
    }

    /** How long the held group may still wait, in whole milliseconds, at least 1; 0 when none is held. */
    long remainingMillis(long nowNanos) {
        if (heldSince == NOT_HELD) {
            return 0;
        }
        long remaining = maxDelayNanos - (nowNanos - heldSince);
        return Math.max(1, (remaining + 999_999) / 1_000_000);
    }

    /** The group was applied (full, cut, or due). */
    void released() {
        heldSince = NOT_HELD;
    }
}
