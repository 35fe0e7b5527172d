package io.dtle.source.binlog;

import static io.dtle.source.binlog.ReaderProbe.currentPosition;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A single transaction far larger than the queue streams through it: nothing holds a whole transaction. */
class LargeTransactionIT {
    private static final int ROWS = 200_000;
    private static final int QUEUE = 1000;
    private static final long MAX_HEAP_GROWTH = 24L << 20;

    @ParameterizedTest(name = "compressed={0}")
    @ValueSource(booleans = {false, true})
    void aTwoHundredThousandRowTransactionStreamsThroughASmallQueue(boolean compressed) throws Exception {
        try (LocalMySqlServer server = ServerOptions.mysql().binlogRowMetadata("FULL").start()) {
            server.execute("CREATE DATABASE big",
                    "CREATE TABLE big.t (id BIGINT PRIMARY KEY, k INT, c CHAR(120), pad CHAR(60))");
            BinlogPosition start = currentPosition(server);
            server.execute("SET SESSION binlog_transaction_compression = " + (compressed ? "ON" : "OFF"),
                    "SET SESSION cte_max_recursion_depth = " + (ROWS + 1),
                    "INSERT INTO big.t WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq"
                            + " WHERE n < " + ROWS + ") SELECT n, n % 1000, REPEAT('c', 120), REPEAT('p', 60)"
                            + " FROM seq");

            long baseline = usedHeap();
            try (BinlogReader reader = new BinlogReader(ReaderProbe.root(server), ReaderProbe.options(QUEUE))) {
                reader.start(start);
                // With the caller not polling, the reader must stop at a full queue, not read on into memory.
                Await.until("a full queue", Duration.ofSeconds(60), () -> reader.queuedEvents() == QUEUE);
                long paused = usedHeap() - baseline;
                Count count = consume(reader, Duration.ofSeconds(120));

                double seconds = (count.lastRowNanos - count.firstRowNanos) / 1e9;
                System.out.printf("LargeTransactionIT compressed=%s: %d rows in %.2f s = %.0f rows/s, queue peak %d,"
                        + " heap growth with a full queue %d KB%n", compressed, count.rows, seconds,
                        count.rows / seconds, count.peakQueued, paused / 1024);
                // The whole transaction decoded would take over 60 MB (about 330 bytes a row).
                assertThat(paused).isLessThan(MAX_HEAP_GROWTH);
                assertThat(count.rows).isEqualTo(ROWS);
                assertThat(count.lastId).isEqualTo(ROWS);
                assertThat(count.peakQueued).isLessThanOrEqualTo(QUEUE);
            }
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static Count consume(BinlogReader reader, Duration timeout) throws InterruptedException {
        Count count = new Count();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean ended = false;
        while (!ended) {
            assertThat(System.nanoTime()).as("%d rows read", count.rows).isLessThan(deadline);
            count.peakQueued = Math.max(count.peakQueued, reader.queuedEvents());
            List<BinlogEvent> events = reader.poll(500, Duration.ofMillis(100));
            for (BinlogEvent event : events) {
                if (event instanceof RowChange row) {
                    count.row(row);
                } else if (event instanceof TransactionEnd && count.rows > 0) {
                    ended = true;
                }
            }
        }
        return count;
    }

    private static final class Count {
        long rows;
        long lastId;
        long firstRowNanos;
        long lastRowNanos;
        int peakQueued;

        void row(RowChange row) {
            if (rows++ == 0) {
                firstRowNanos = System.nanoTime();
            }
            long id = ((Number) row.after()[0]).longValue();
            if (id != lastId + 1) {
                throw new AssertionError("row " + id + " after row " + lastId);
            }
            lastId = id;
            lastRowNanos = System.nanoTime();
        }
    }
}
