package io.dtle.source.binlog;

import static io.dtle.source.binlog.ReaderProbe.currentPosition;
import static io.dtle.source.binlog.ReaderProbe.events;
import static io.dtle.source.binlog.ReaderProbe.kinds;
import static io.dtle.source.binlog.ReaderProbe.transactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.gtid.GtidSet;
import io.dtle.testing.Await;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader does when the server goes away or no longer has what it asks for. */
class BinlogRecoveryIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int BIG = 50_000;

    @Test
    void startingFromGtidsTheServerPurgedIsAClearFatalError() throws Exception {
        try (LocalMySqlServer server = ServerOptions.mysql().start()) {
            server.execute("CREATE DATABASE gone", "CREATE TABLE gone.t (id INT PRIMARY KEY)",
                    "INSERT INTO gone.t VALUES (1)", "FLUSH BINARY LOGS");
            String current = currentPosition(server).file().orElseThrow();
            server.execute("PURGE BINARY LOGS TO '" + current + "'");
            String purged = server.queryString("SELECT @@GLOBAL.gtid_purged");
            assertThat(purged).isNotEmpty();

            try (BinlogReader reader = ReaderProbe.start(server, BinlogPosition.ofGtidSet(GtidSet.empty()))) {
                assertThatThrownBy(() -> drain(reader)).isInstanceOfSatisfying(PurgedGtidsException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.getMessage()).contains("purged", "full copy", "gtid_purged",
                            GtidSet.parse(purged).toCompactString(), "1236");
                });
            }
        }
    }

    @ParameterizedTest(name = "crash={0}")
    @ValueSource(booleans = {false, true})
    void restartingTheServerUnderTheReaderLosesAndRepeatsNothing(boolean crash) throws Exception {
        try (LocalMySqlServer server = ServerOptions.mysql().start()) {
            // Larger than the socket buffers, so the restart cuts the connection inside this transaction.
            server.execute("CREATE DATABASE r", "CREATE TABLE r.t (id INT PRIMARY KEY, pad CHAR(200))");
            BinlogPosition start = currentPosition(server);
            server.execute("SET SESSION cte_max_recursion_depth = " + BIG, "INSERT INTO r.t WITH RECURSIVE seq (n)"
                    + " AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < " + BIG + ")"
                    + " SELECT n, REPEAT('p', 200) FROM seq");
            for (int id = BIG + 1; id <= BIG + 20; id++) {
                server.execute("INSERT INTO r.t (id) VALUES (" + id + ")");
            }

            try (BinlogReader reader = new BinlogReader(ReaderProbe.root(server), ReaderProbe.options(50))) {
                reader.start(start);
                List<BinlogEvent> events = new ArrayList<>(events(reader, 101, TIMEOUT));
                // The reader is now blocked on its full queue in the middle of the 5000-row transaction.
                if (crash) {
                    server.crash();
                }
                server.restart();
                for (int id = BIG + 21; id <= BIG + 40; id++) {
                    server.execute("INSERT INTO r.t (id) VALUES (" + id + ")");
                }
                events.addAll(transactions(reader, 41, TIMEOUT));

                assertThat(reader.reconnects()).isPositive();
                assertThat(kinds(events)).isEqualTo("B" + "i".repeat(BIG) + "E" + "BiE".repeat(40));
                assertRowsInOrder(events, BIG + 40);
                assertThat(events.get(events.size() - 1).position().gtidSet())
                        .contains(GtidSet.parse(server.gtidExecuted()));
            }
        }
    }

    @Test
    void aServerThatStopsAnsweringIsLeftAndReconnectedTo() throws Exception {
        try (LocalMySqlServer server = ServerOptions.mysql().start()) {
            server.execute("CREATE DATABASE h", "CREATE TABLE h.t (id INT PRIMARY KEY)");
            BinlogPosition start = currentPosition(server);
            try (BinlogReader reader = new BinlogReader(ReaderProbe.root(server), ReaderProbe.options(10))) {
                reader.start(start);
                server.execute("INSERT INTO h.t VALUES (1)");
                List<BinlogEvent> events = new ArrayList<>(transactions(reader, 1, TIMEOUT));

                // A stopped process keeps its sockets open: no error reaches the client, only silence.
                server.pause();
                try {
                    Await.until("the reader gives up the silent connection", TIMEOUT, () -> reader.reconnects() > 0);
                } finally {
                    server.resume();
                }
                server.execute("INSERT INTO h.t VALUES (2)");
                events.addAll(transactions(reader, 1, TIMEOUT));

                assertThat(kinds(events)).isEqualTo("BiEBiE");
                assertRowsInOrder(events, 2);
            }
        }
    }

    @Test
    void aServerGoneForLongerThanTheReconnectTimeoutIsARetriableError() throws Exception {
        BinlogReaderOptions options = ReaderProbe.options(10).withReconnectTimeout(Duration.ofSeconds(2));
        BinlogReader reader;
        try (LocalMySqlServer server = ServerOptions.mysql().start()) {
            reader = new BinlogReader(ReaderProbe.root(server), options);
            reader.start(currentPosition(server));
            server.execute("CREATE DATABASE bye");
            assertThat(kinds(transactions(reader, 1, TIMEOUT))).isEqualTo("BDE");
        }
        try (reader) {
            assertThatThrownBy(() -> drain(reader)).isInstanceOfSatisfying(BinlogConnectionException.class, e -> {
                assertThat(e.isRetriable()).isTrue();
                assertThat(e.getMessage()).contains("Could not reconnect");
            });
            assertThat(reader.reconnects()).isPositive();
        }
    }

    private static void assertRowsInOrder(List<BinlogEvent> events, int rows) {
        Set<String> gtids = new HashSet<>();
        long expected = 1;
        for (BinlogEvent event : events) {
            if (event instanceof RowChange row) {
                assertThat(((Number) row.after()[0]).longValue()).isEqualTo(expected++);
            } else if (event instanceof TransactionBegin begin) {
                assertThat(gtids.add(begin.gtid().orElseThrow())).as("repeated %s", begin).isTrue();
            }
        }
        assertThat(expected - 1).isEqualTo(rows);
    }

    private static void drain(BinlogReader reader) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            reader.poll(Duration.ofMillis(100));
        }
    }
}
