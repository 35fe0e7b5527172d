package io.dtle.source.binlog;

import io.dtle.common.gtid.GtidSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a MySQL or MariaDB binlog from a {@link BinlogPosition} as {@link BinlogEvent}s.
 *
 * <p>A thread of its own holds the connection and puts events, one row at a time, into a bounded queue that
 * {@link #poll} takes from; when the caller falls behind the connection waits, so memory does not grow with the
 * transaction size. A lost connection is re-established from the position of the last queued event, with a backoff
 * that doubles up to ten times the first wait; events are neither repeated nor skipped across it. When that keeps
 * failing for {@link BinlogReaderOptions#reconnectTimeout()}, or on a fatal error, {@link #poll} throws once the
 * events read before have been taken.
 */
public final class BinlogReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BinlogReader.class);

    private final BinlogConnectionSettings settings;
    private final BinlogReaderOptions options;
    private final BlockingQueue<BinlogEvent> queue;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile BinlogPosition lastQueued;
    private volatile BinlogSession session;
    private volatile BinlogReaderException failure;
    private volatile int reconnects;
    private Thread thread;
    private SilenceWatchdog watchdog;

    public BinlogReader(BinlogConnectionSettings settings, BinlogReaderOptions options) {
        this.settings = settings;
        this.options = options;
        this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    }

    /** Starts streaming after {@code from}; returns at once, errors come out of {@link #poll}. */
    public synchronized void start(BinlogPosition from) {
        if (thread != null) {
            throw new IllegalStateException("the reader was already started");
        }
        refuseTaggedGtids(from);
        lastQueued = from;
        String name = "dtle-binlog-" + settings.host() + ":" + settings.port();
        if (!options.heartbeatInterval().isZero()) {
            watchdog = new SilenceWatchdog(options.heartbeatInterval(), () -> session, name + "-watchdog");
        }
        thread = new Thread(this::stream, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * mysql-binlog-connector-java 0.40 cannot send a GTID set with MySQL 8.4 tags to the server (it fails on the tag
     * as a number) nor decode the tagged GTID event: say so rather than let the client fail obscurely.
     */
    private static void refuseTaggedGtids(BinlogPosition from) {
        if (from.gtidSet().filter(GtidSet::hasTags).isPresent()) {
            throw new BinlogReaderException("The position to stream from has tagged GTIDs (MySQL 8.4 "
                    + "'uuid:tag:n'): " + from.gtidSet().get().toCompactString() + ". The binlog client cannot "
                    + "stream tagged GTIDs yet (docs/LIMITS.md); run the source without gtid_next tags.", false, null);
        }
    }

    /** The next event, or null if none arrives within {@code timeout}. */
    public BinlogEvent poll(Duration timeout) throws InterruptedException {
        BinlogEvent event = queue.poll();
        if (event == null) {
            throwIfFailed();
            event = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        if (event == null) {
            throwIfFailed();
        }
        return event;
    }

    /** Up to {@code max} events: waits up to {@code timeout} for the first, then takes what is already queued. */
    public List<BinlogEvent> poll(int max, Duration timeout) throws InterruptedException {
        List<BinlogEvent> events = new ArrayList<>(Math.min(max, queue.size() + 1));
        BinlogEvent first = poll(timeout);
        if (first != null) {
            events.add(first);
            queue.drainTo(events, max - 1);
        }
        return events;
    }

    /** How many times a lost connection was re-established. */
    public int reconnects() {
        return reconnects;
    }

    /** Whether the binlog connection is up now. */
    public boolean connected() {
        BinlogSession current = session;
        return current != null && current.isConnected();
    }

    public int queueCapacity() {
        return options.queueCapacity();
    }

    public int queueRemainingCapacity() {
        return queue.remainingCapacity();
    }

    /** Events waiting to be polled. */
    public int queuedEvents() {
        return queue.size();
    }

    /** Stops the connection and the thread; events still queued are dropped. */
    @Override
    public void close() {
        closed.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        if (watchdog != null) {
            watchdog.close();
        }
        running.interrupt();
        BinlogSession current = session;
        if (current != null) {
            current.stop();
        }
        try {
            running.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stream() {
        Duration backoff = options.reconnectBackoff();
        Instant lostSince = null;
        while (!isClosed()) {
            BinlogPosition from = lastQueued;
            BinlogSession attempt = new BinlogSession(settings, options, from, this::enqueue);
            session = attempt;
            if (isClosed()) {
                return;
            }
            Exception ended = attempt.run();
            if (isClosed()) {
                return;
            }
            BinlogReaderException error = BinlogErrors.classify(ended, settings, from);
            if (!error.isRetriable()) {
                fail(error);
                return;
            }
            if (attempt.wasConnected() || lostSince == null) {
                lostSince = Instant.now();
                backoff = options.reconnectBackoff();
            }
            if (Duration.between(lostSince, Instant.now()).compareTo(options.reconnectTimeout()) > 0) {
                fail(new BinlogConnectionException("Could not reconnect for " + options.reconnectTimeout() + ": "
                        + error.getMessage(), error));
                return;
            }
            LOG.warn("{}; reconnecting from {} in {} ms", error.getMessage(), lastQueued, backoff.toMillis());
            if (awaitClose(backoff)) {
                return;
            }
            backoff = min(backoff.multipliedBy(2), options.maxReconnectBackoff());
            reconnects++;
        }
    }

    private void enqueue(BinlogEvent event) throws InterruptedException {
        queue.put(event);
        lastQueued = event.position();
    }

    private void fail(BinlogReaderException error) {
        LOG.error("Binlog reading stopped: {}", error.getMessage());
        failure = error;
    }

    private void throwIfFailed() {
        BinlogReaderException error = failure;
        if (error != null) {
            throw error;
        }
    }

    private boolean isClosed() {
        return closed.getCount() == 0;
    }

    private boolean awaitClose(Duration wait) {
        try {
            return closed.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
