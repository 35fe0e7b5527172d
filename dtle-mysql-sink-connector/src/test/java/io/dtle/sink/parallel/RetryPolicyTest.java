package io.dtle.sink.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(350));

    @Test
    void retriableErrorsAreRetriedUpToTheLimit() {
        SQLException deadlock = new SQLException("Deadlock found", "40001", 1213);
        assertThat(policy.shouldRetry(deadlock, 0)).isTrue();
        assertThat(policy.shouldRetry(deadlock, 2)).isTrue();
        assertThat(policy.shouldRetry(deadlock, 3)).isFalse();
    }

    @Test
    void fatalErrorsAreNeverRetried() {
        assertThat(policy.shouldRetry(new SQLException("cannot be null", "23000", 1048), 0)).isFalse();
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofMillis(350));
    }

    @Test
    void invalidSettingsAreRejectedWithTheirValues() {
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("PT2S");
        assertThatThrownBy(() -> ParallelOptions.forWorkers(4).withMaxInFlight(2)).hasMessageContaining("workers (4)");
    }
}
