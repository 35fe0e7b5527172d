package io.dtle.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Bounded waiting for a condition, failing with what was awaited and what was last seen. */
public final class Await {
    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** Waits until {@code condition} is true; exceptions it throws count as "not yet" and are reported on timeout. */
    public static void until(String what, Duration timeout, Callable<Boolean> condition) {
        until(what, timeout, condition, () -> "");
    }

    /**
     * Waits until {@code condition} is true. On timeout the AssertionError names {@code what}, the timeout,
     * {@code state} (e.g. the rows or statuses seen last) and the last exception the condition threw.
     */
    public static void until(String what, Duration timeout, Callable<Boolean> condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastFailure = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
                lastFailure = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                throw timeoutError(what, timeout, state, lastFailure);
            }
            sleep(POLL_MILLIS);
        }
    }

    private static AssertionError timeoutError(String what, Duration timeout, Supplier<String> state, Exception lastFailure) {
        StringBuilder message = new StringBuilder("timed out after ").append(timeout.toSeconds())
                .append(" s waiting for ").append(what);
        String seen = safeState(state);
        if (!seen.isEmpty()) {
            message.append("; last seen: ").append(seen);
        }
        if (lastFailure != null) {
            message.append("; last error: ").append(lastFailure);
        }
        return new AssertionError(message.toString(), lastFailure);
    }

    private static String safeState(Supplier<String> state) {
        try {
            return state.get();
        } catch (RuntimeException e) {
            return "(could not describe the state: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
