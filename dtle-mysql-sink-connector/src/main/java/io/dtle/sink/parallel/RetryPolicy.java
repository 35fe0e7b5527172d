package io.dtle.sink.parallel;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a unit is run again after a retriable error (dtle's {@code RetryTxLimit}): lock
 * conflicts and lost connections are retried up to {@code retryLimit} times, waiting {@code initialBackoff}, then
 * twice as long each time, at most {@code maxBackoff}.
 */
public record RetryPolicy(int retryLimit, Duration initialBackoff, Duration maxBackoff) {

    public static final int DEFAULT_RETRY_LIMIT = 10;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(50);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);

    public RetryPolicy {
        if (retryLimit < 0) {
            throw new IllegalArgumentException("retryLimit must be 0 or more, not " + retryLimit);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial (" + initialBackoff
                    + ") <= max (" + maxBackoff + ")");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_RETRY_LIMIT, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    /** True when {@code error}, seen on retry number {@code retriesSoFar} (0 on the first run), is worth another run. */
    public boolean shouldRetry(SQLException error, int retriesSoFar) {
        return retriesSoFar < retryLimit && SqlErrors.classify(error) != SqlErrors.Kind.FATAL;
    }

    /** The pause before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(int retry) {
        Duration pause = initialBackoff;
        for (int i = 1; i < retry && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
