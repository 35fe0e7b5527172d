package io.dtle.source.binlog;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ends a binlog connection the server has stopped talking on. A replica connection has no read timeout, so a
 * server that hangs, or a network that drops packets without closing the connection, would otherwise stall the
 * reader forever; an idle server sends heartbeats, so silence past a few heartbeat intervals means trouble.
 */
final class SilenceWatchdog implements AutoCloseable {
    /** Heartbeats that may go missing before the connection counts as dead. */
    static final int MISSED_HEARTBEATS = 3;

    private final ScheduledExecutorService timer;

    SilenceWatchdog(Duration heartbeatInterval, Supplier<BinlogSession> current, String name) {
        long limit = heartbeatInterval.multipliedBy(MISSED_HEARTBEATS).toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, heartbeatInterval.toMillis());
        timer.scheduleWithFixedDelay(() -> check(current.get(), limit, heartbeatInterval), period, period,
                TimeUnit.MILLISECONDS);
    }

    private static void check(BinlogSession session, long limitNanos, Duration heartbeatInterval) {
        if (session != null && session.wasConnected() && session.silentNanos(System.nanoTime()) > limitNanos) {
            session.abandon(new IOException("no event or heartbeat from the server for " + MISSED_HEARTBEATS
                    + " heartbeat intervals of " + heartbeatInterval.toMillis() + " ms"));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
