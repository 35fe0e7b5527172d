package io.dtle.source.binlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.LocalMySqlServer;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads what a test needs from a reader, always within a time limit. */
final class ReaderProbe {
    private static final AtomicInteger SERVER_IDS = new AtomicInteger(7000);

    private ReaderProbe() {
    }

    static BinlogConnectionSettings root(LocalMySqlServer server) {
        return new BinlogConnectionSettings(server.host(), server.port(), "root", "", SERVER_IDS.incrementAndGet());
    }

    static BinlogReaderOptions options(int queueCapacity) {
        return new BinlogReaderOptions(queueCapacity, Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofMillis(100), Duration.ofSeconds(60));
    }

    static BinlogPosition currentPosition(LocalMySqlServer server) throws SQLException {
        return new ServerStatusReader(root(server)).currentPosition();
    }

    static BinlogReader start(LocalMySqlServer server, BinlogPosition from) {
        BinlogReader reader = new BinlogReader(root(server), options(1000));
        reader.start(from);
        return reader;
    }

    /** Events other than heartbeats, up to and including the end of the {@code transactions}-th transaction. */
    static List<BinlogEvent> transactions(BinlogReader reader, int transactions, Duration timeout)
            throws InterruptedException {
        List<BinlogEvent> events = new ArrayList<>();
        int ends = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ends < transactions) {
            assertThat(System.nanoTime()).as("%d of %d transactions after %s: %s", ends, transactions, timeout, events)
                    .isLessThan(deadline);
            BinlogEvent event = reader.poll(Duration.ofMillis(100));
            if (event != null && !(event instanceof Heartbeat)) {
                events.add(event);
                ends += event instanceof TransactionEnd ? 1 : 0;
            }
        }
        return events;
    }

    /** The next {@code count} events other than heartbeats. */
    static List<BinlogEvent> events(BinlogReader reader, int count, Duration timeout) throws InterruptedException {
        List<BinlogEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.size() < count) {
            assertThat(System.nanoTime()).as("%d of %d events: %s", events.size(), count, events).isLessThan(deadline);
            BinlogEvent event = reader.poll(Duration.ofMillis(100));
            if (event != null && !(event instanceof Heartbeat)) {
                events.add(event);
            }
        }
        return events;
    }

    /** Asserts that nothing but heartbeats arrives for {@code quiet}. */
    static void assertNothingMore(BinlogReader reader, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            BinlogEvent event = reader.poll(Duration.ofMillis(100));
            assertThat(event == null || event instanceof Heartbeat).as("unexpected %s", event).isTrue();
        }
    }

    /** A row as text, strings decoded from the byte arrays the reader delivers. */
    static List<String> text(Serializable[] row) {
        if (row == null) {
            return null;
        }
        return Arrays.stream(row)
                .map(value -> value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                        : String.valueOf(value))
                .toList();
    }

    static String kinds(List<BinlogEvent> events) {
        StringBuilder text = new StringBuilder();
        for (BinlogEvent event : events) {
            if (event instanceof TransactionBegin) {
                text.append('B');
            } else if (event instanceof RowChange row) {
                text.append(Character.toLowerCase(row.operation().name().charAt(0)));
            } else if (event instanceof DdlStatement) {
                text.append('D');
            } else if (event instanceof TransactionEnd) {
                text.append('E');
            }
        }
        return text.toString();
    }
}
