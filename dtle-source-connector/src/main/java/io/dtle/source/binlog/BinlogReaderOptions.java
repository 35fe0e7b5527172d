package io.dtle.source.binlog;

import java.time.Duration;
import java.util.Objects;

/**
 * How the reader buffers and reconnects.
 *
 * @param queueCapacity      events held between the binlog connection and the caller; when full the connection
 *                           stops reading, so memory stays bounded whatever the transaction size
 * @param heartbeatInterval  how often an idle server sends a heartbeat; zero for none
 * @param connectTimeout     for one connection attempt
 * @param reconnectBackoff   first wait after a lost connection, doubled on each failed attempt up to ten times it
 * @param reconnectTimeout   how long to keep reconnecting before failing with a retriable error
 */
public record BinlogReaderOptions(
        int queueCapacity,
        Duration heartbeatInterval,
        Duration connectTimeout,
        Duration reconnectBackoff,
        Duration reconnectTimeout) {

    public static final int DEFAULT_QUEUE_CAPACITY = 8192;

    public BinlogReaderOptions {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1, not " + queueCapacity);
        }
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(reconnectBackoff, "reconnectBackoff");
        Objects.requireNonNull(reconnectTimeout, "reconnectTimeout");
    }

    public static BinlogReaderOptions defaults() {
        return new BinlogReaderOptions(DEFAULT_QUEUE_CAPACITY, Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofMillis(200), Duration.ofMinutes(2));
    }

    public BinlogReaderOptions withQueueCapacity(int capacity) {
        return new BinlogReaderOptions(capacity, heartbeatInterval, connectTimeout, reconnectBackoff, reconnectTimeout);
    }

    public BinlogReaderOptions withReconnectTimeout(Duration timeout) {
        return new BinlogReaderOptions(queueCapacity, heartbeatInterval, connectTimeout, reconnectBackoff, timeout);
    }

    public Duration maxReconnectBackoff() {
        return reconnectBackoff.multipliedBy(10);
    }
}
