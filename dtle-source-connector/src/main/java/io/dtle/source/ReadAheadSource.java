package io.dtle.source;

import io.dtle.source.stream.RecordSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Builds records on a thread of its own, ahead of the task: Connect's task thread converts and sends every record
 * the source returns, and on a busy worker it is the bound; reading the binlog or a snapshot chunk and building
 * the records beside it keeps that thread for Connect's work. Batches wait in a bounded queue in the order they
 * were built; records carry their offsets and transaction boundaries as before, so nothing about what is
 * delivered changes, only where the records are made. A failure of the source is thrown from the task's poll
 * after the batches built before it.
 */
final class ReadAheadSource implements RecordSource {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAheadSource.class);
    /** Connect gives a stopping task a few seconds in all; a reader thread stops within milliseconds. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);
    /** Put after the last batch when the source failed. */
    private static final List<SourceRecord> FAILED = new ArrayList<>(0);

    private final RecordSource source;
    private final BlockingQueue<List<SourceRecord>> batches;
    private final int maxBatchSize;
    private final Duration pollInterval;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean closing;

    /**
     * @param queuedBatches batches built ahead of the task at most
     * @param maxBatchSize  most records one poll returns (queued batches are joined up to it)
     */
    ReadAheadSource(RecordSource source, int queuedBatches, int maxBatchSize, Duration pollInterval,
                    String threadName) {
        this.source = source;
        this.batches = new ArrayBlockingQueue<>(Math.max(1, queuedBatches));
        this.maxBatchSize = maxBatchSize;
        this.pollInterval = pollInterval;
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        this.thread = new Thread(() -> run(logContext), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Map<String, String> logContext) {
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            while (!closing) {
                List<SourceRecord> records = source.poll();
                if (!records.isEmpty()) {
                    batches.put(records);
                }
            }
        } catch (InterruptedException e) {
            if (!closing) {
                fail(new ConnectException("The record reader thread was interrupted", e));
            }
        } catch (Throwable e) {
            if (!closing) {
                fail(e);
            }
        }
    }

    private void fail(Throwable e) {
        failure = e;
        try {
            batches.put(FAILED);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> first = batches.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        throwIfFailed(first);
        List<SourceRecord> records = first;
        for (List<SourceRecord> next = batches.peek(); next != null && next != FAILED
                && records.size() + next.size() <= maxBatchSize; next = batches.peek()) {
            if (records == first) {
                records = new ArrayList<>(first);
            }
            records.addAll(batches.remove());
        }
        return records;
    }

    private void throwIfFailed(List<SourceRecord> batch) {
        if (batch != FAILED) {
            return;
        }
        batches.offer(FAILED); // every later poll fails the same way
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new ConnectException(failure);
    }

    /** Stops the thread, then closes the source; a thread stuck in a read ends when the source closes. */
    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The record reader thread {} did not stop within {} s of being asked, nor when its source "
                    + "closed", thread.getName(), 2 * CLOSE_WAIT.toSeconds());
        }
    }
}
