package io.dtle.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtle.source.stream.RecordSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class ReadAheadSourceTest {
    private static final Duration POLL = Duration.ofMillis(200);

    /** Hands out the batches it is given, one per poll; a RuntimeException in the script is thrown instead. */
    private static final class ScriptedSource implements RecordSource {
        final BlockingQueue<Object> script = new LinkedBlockingQueue<>();
        final CountDownLatch closed = new CountDownLatch(1);
        volatile String pollingThread;

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            pollingThread = Thread.currentThread().getName();
            Object next = script.poll(50, TimeUnit.MILLISECONDS);
            if (next instanceof RuntimeException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<SourceRecord> batch = next == null ? List.of() : (List<SourceRecord>) next;
            return batch;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    private static List<SourceRecord> records(int from, int count) {
        List<SourceRecord> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            records.add(new SourceRecord(Map.of(), Map.of("n", i), "t", null, null, null, i));
        }
        return records;
    }

    private static List<Object> values(List<SourceRecord> records) {
        return records.stream().map(SourceRecord::value).toList();
    }

    private static List<SourceRecord> pollUntil(ReadAheadSource source, int count) throws InterruptedException {
        List<SourceRecord> all = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (all.size() < count && System.nanoTime() < deadline) {
            all.addAll(source.poll());
        }
        return all;
    }

    private static void awaitScriptRead(ScriptedSource scripted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!scripted.script.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100); // the last batch taken is put right after
    }

    @Test
    void recordsAreBuiltOnTheReaderThreadAndArriveInOrderJoinedUpToTheBatchSize() throws Exception {
        ScriptedSource scripted = new ScriptedSource();
        for (int batch = 0; batch < 6; batch++) {
            scripted.script.add(records(batch * 3, 3));
        }
        ReadAheadSource source = new ReadAheadSource(scripted, 8, 7, POLL, "reader-under-test");
        try {
            awaitScriptRead(scripted); // every batch queued, so polls join them
            List<SourceRecord> first = source.poll();
            assertEquals(6, first.size(), "two batches of 3 fit in 7 records, a third does not");
            List<SourceRecord> all = new ArrayList<>(first);
            all.addAll(pollUntil(source, 12));
            assertEquals(values(records(0, 18)), values(all));
            assertEquals("reader-under-test", scripted.pollingThread);
        } finally {
            source.close();
        }
        assertTrue(scripted.closed.await(1, TimeUnit.SECONDS));
    }

    @Test
    void aFailureIsThrownAfterTheBatchesBuiltBeforeItAndOnEveryLaterPoll() throws Exception {
        ScriptedSource scripted = new ScriptedSource();
        RetriableException failure = new RetriableException("lost the binlog connection");
        scripted.script.add(records(0, 2));
        scripted.script.add(failure);
        ReadAheadSource source = new ReadAheadSource(scripted, 4, 100, POLL, "reader-under-test");
        try {
            assertEquals(values(records(0, 2)), values(pollUntil(source, 2)));
            assertSame(failure, assertThrows(RetriableException.class, () -> pollUntil(source, 1)));
            assertSame(failure, assertThrows(RetriableException.class, source::poll));
        } finally {
            source.close();
        }
    }

    @Test
    void closeStopsAReaderThatWaitsForRoomInAFullQueue() throws Exception {
        ScriptedSource scripted = new ScriptedSource();
        for (int batch = 0; batch < 5; batch++) {
            scripted.script.add(records(batch, 1));
        }
        ReadAheadSource source = new ReadAheadSource(scripted, 1, 10, POLL, "reader-under-test");
        Thread.sleep(200); // the reader fills the queue and waits to put the next batch
        source.close();
        assertTrue(scripted.closed.await(1, TimeUnit.SECONDS));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("reader-under-test") && thread.isAlive()));
    }
}
