package io.dtle.source.binlog;

import static io.dtle.source.binlog.ReaderProbe.assertNothingMore;
import static io.dtle.source.binlog.ReaderProbe.currentPosition;
import static io.dtle.source.binlog.ReaderProbe.events;
import static io.dtle.source.binlog.ReaderProbe.kinds;
import static io.dtle.source.binlog.ReaderProbe.text;
import static io.dtle.source.binlog.ReaderProbe.transactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.gtid.GtidSet;
import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MySqlBinlogReaderIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static LocalMySqlServer server;

    @BeforeAll
    static void startServer() {
        server = ServerOptions.mysql().binlogRowMetadata("FULL")
                .user(DatabaseUser.of("repl", "right-secret", "REPLICATION SLAVE, REPLICATION CLIENT"))
                .start();
        server.execute("CREATE DATABASE shop",
                "CREATE TABLE shop.orders (id INT PRIMARY KEY, item VARCHAR(20), qty INT)",
                "CREATE TABLE shop.stock (item VARCHAR(20) PRIMARY KEY, level INT)",
                "INSERT INTO shop.stock VALUES ('pen', 10), ('ink', 5)");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTransactionOnTwoTablesComesOutAsOneBeginRowsAndEnd() throws Exception {
        GtidSet before = GtidSet.parse(server.gtidExecuted());
        try (BinlogReader reader = ReaderProbe.start(server, currentPosition(server))) {
            server.execute("BEGIN",
                    "INSERT INTO shop.orders VALUES (1, 'pen', 2)",
                    "UPDATE shop.stock SET level = 8 WHERE item = 'pen'",
                    "DELETE FROM shop.stock WHERE item = 'ink'",
                    "COMMIT");

            List<BinlogEvent> events = transactions(reader, 1, TIMEOUT);

            assertThat(kinds(events)).isEqualTo("BiudE");
            GtidSet serverGtid = GtidSet.parse(server.gtidExecuted()).subtract(before);
            TransactionBegin begin = (TransactionBegin) events.get(0);
            assertThat(begin.gtid()).map(GtidSet::parse).contains(serverGtid);
            assertThat(begin.sequenceNumber()).isPresent();
            assertThat(begin.lastCommitted()).isPresent();
            assertThat(begin.commitTimestampMicros()).isPresent();
            RowChange insert = (RowChange) events.get(1);
            assertThat(insert.table().database()).isEqualTo("shop");
            assertThat(insert.table().table()).isEqualTo("orders");
            assertThat(insert.table().columnNames()).containsExactly("id", "item", "qty");
            assertThat(insert.before()).isNull();
            assertThat(text(insert.after())).containsExactly("1", "pen", "2");
            RowChange update = (RowChange) events.get(2);
            assertThat(update.table().table()).isEqualTo("stock");
            assertThat(text(update.before())).containsExactly("pen", "10");
            assertThat(text(update.after())).containsExactly("pen", "8");
            RowChange delete = (RowChange) events.get(3);
            assertThat(text(delete.before())).containsExactly("ink", "5");
            assertThat(delete.after()).isNull();
            TransactionEnd end = (TransactionEnd) events.get(4);
            assertThat(end.xid()).isPresent();
            assertThat(end.position().gtidSet()).contains(GtidSet.parse(server.gtidExecuted()));
            assertThat(end.position().isInTransaction()).isFalse();
        }
    }

    @Test
    void resumingFromAGtidSetYieldsExactlyTheRest() throws Exception {
        server.execute("CREATE TABLE shop.log (id INT PRIMARY KEY)");
        server.execute("INSERT INTO shop.log VALUES (1)");
        server.execute("INSERT INTO shop.log VALUES (2)");
        GtidSet seen = GtidSet.parse(server.gtidExecuted());
        server.execute("INSERT INTO shop.log VALUES (3)");
        server.execute("INSERT INTO shop.log VALUES (4), (5)");

        try (BinlogReader reader = ReaderProbe.start(server, BinlogPosition.ofGtidSet(seen))) {
            List<BinlogEvent> events = transactions(reader, 2, TIMEOUT);

            assertThat(kinds(events)).isEqualTo("BiEBiiE");
            assertThat(events).filteredOn(RowChange.class::isInstance)
                    .extracting(event -> text(((RowChange) event).after()).get(0))
                    .containsExactly("3", "4", "5");
            assertThat(events.get(events.size() - 1).position().gtidSet())
                    .contains(GtidSet.parse(server.gtidExecuted()));
            assertNothingMore(reader, Duration.ofMillis(500));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void resumingInsideATransactionSkipsExactlyTheDeliveredRows(boolean byGtid) throws Exception {
        String table = byGtid ? "shop.resume_gtid" : "shop.resume_file";
        server.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
        BinlogPosition current = currentPosition(server);
        BinlogPosition start = byGtid ? current : BinlogPosition.ofFile(current.file().orElseThrow(), current.pos());
        server.execute("INSERT INTO " + table + " VALUES (1), (2), (3), (4), (5)");

        BinlogPosition afterThirdRow;
        try (BinlogReader first = ReaderProbe.start(server, start)) {
            List<BinlogEvent> delivered = events(first, 4, TIMEOUT);
            assertThat(kinds(delivered)).isEqualTo("Biii");
            afterThirdRow = delivered.get(3).position();
        }
        assertThat(afterThirdRow.transactionEvents()).isEqualTo(4);
        assertThat(afterThirdRow.isGtidBased()).isEqualTo(byGtid);

        try (BinlogReader second = ReaderProbe.start(server, afterThirdRow)) {
            List<BinlogEvent> rest = transactions(second, 1, TIMEOUT);

            assertThat(kinds(rest)).isEqualTo("iiE");
            assertThat(text(((RowChange) rest.get(0)).after())).containsExactly("4");
            assertThat(text(((RowChange) rest.get(1)).after())).containsExactly("5");
            assertNothingMore(second, Duration.ofMillis(500));
        }
    }

    @Test
    void ddlComesWithTheDatabaseItRanIn() throws Exception {
        try (BinlogReader reader = ReaderProbe.start(server, currentPosition(server))) {
            server.execute("USE shop", "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT)");

            List<BinlogEvent> events = transactions(reader, 1, TIMEOUT);

            assertThat(kinds(events)).isEqualTo("BDE");
            DdlStatement ddl = (DdlStatement) events.get(1);
            assertThat(ddl.database()).isEqualTo("shop");
            assertThat(ddl.sql()).isEqualTo("CREATE TABLE notes (id INT PRIMARY KEY, body TEXT)");
            assertThat(((TransactionBegin) events.get(0)).gtid()).isPresent();
        }
    }

    @Test
    void anIdleServerSendsHeartbeatsAtTheCurrentPosition() throws Exception {
        BinlogPosition current = currentPosition(server);
        try (BinlogReader reader = ReaderProbe.start(server, current)) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            int heartbeats = 0;
            while (heartbeats < 2) {
                assertThat(System.nanoTime()).as("two heartbeats").isLessThan(deadline);
                BinlogEvent event = reader.poll(Duration.ofMillis(100));
                if (event != null) {
                    assertThat(event).isInstanceOf(Heartbeat.class);
                    assertThat(event.position().gtidSet()).isEqualTo(current.gtidSet());
                    heartbeats++;
                }
            }
        }
    }

    @Test
    void wrongCredentialsAreFatalAndNameTheUserButNotThePassword() {
        BinlogConnectionSettings wrong = new BinlogConnectionSettings(server.host(), server.port(), "repl",
                "wrong-secret-42", 6999);
        try (BinlogReader reader = new BinlogReader(wrong, ReaderProbe.options(10))) {
            reader.start(BinlogPosition.ofGtidSet(GtidSet.empty()));

            assertThatThrownBy(() -> {
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                while (System.nanoTime() < deadline) {
                    reader.poll(Duration.ofMillis(100));
                }
            }).isInstanceOfSatisfying(BinlogAuthenticationException.class, e -> {
                assertThat(e.isRetriable()).isFalse();
                assertThat(e.getMessage()).contains("'repl'").doesNotContain("wrong-secret-42");
            });
        }
    }

    @Test
    void aRestrictedReplicationUserCanStream() throws Exception {
        BinlogConnectionSettings repl = new BinlogConnectionSettings(server.host(), server.port(), "repl",
                "right-secret", 6998);
        try (BinlogReader reader = new BinlogReader(repl, ReaderProbe.options(10))) {
            reader.start(currentPosition(server));
            server.execute("INSERT INTO shop.orders VALUES (99, 'cap', 1)");

            assertThat(kinds(transactions(reader, 1, TIMEOUT))).isEqualTo("BiE");
        }
    }
}
