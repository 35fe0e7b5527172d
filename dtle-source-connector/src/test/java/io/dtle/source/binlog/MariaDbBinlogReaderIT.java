package io.dtle.source.binlog;

import static io.dtle.source.binlog.ReaderProbe.assertNothingMore;
import static io.dtle.source.binlog.ReaderProbe.currentPosition;
import static io.dtle.source.binlog.ReaderProbe.events;
import static io.dtle.source.binlog.ReaderProbe.kinds;
import static io.dtle.source.binlog.ReaderProbe.text;
import static io.dtle.source.binlog.ReaderProbe.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MariaDB GTID path: domain-server-sequence GTIDs, GTID events standing in for BEGIN. */
class MariaDbBinlogReaderIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static LocalMySqlServer server;

    @BeforeAll
    static void startServer() {
        server = ServerOptions.mariaDb().start();
        server.execute("CREATE DATABASE shop",
                "CREATE TABLE shop.orders (id INT PRIMARY KEY, item VARCHAR(20)) ENGINE=InnoDB");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTransactionCarriesTheGtidTheServerReports() throws Exception {
        BinlogPosition start = currentPosition(server);
        assertThat(start.mariaDbGtids()).isPresent();
        try (BinlogReader reader = ReaderProbe.start(server, start)) {
            server.execute("BEGIN", "INSERT INTO shop.orders VALUES (1, 'pen'), (2, 'ink')",
                    "UPDATE shop.orders SET item = 'nib' WHERE id = 1", "DELETE FROM shop.orders WHERE id = 2",
                    "COMMIT");

            List<BinlogEvent> events = transactions(reader, 1, TIMEOUT);

            assertThat(kinds(events)).isEqualTo("BiiudE");
            String serverGtid = server.gtidExecuted();
            assertThat(((TransactionBegin) events.get(0)).gtid()).contains(serverGtid);
            assertThat(text(((RowChange) events.get(3)).before())).containsExactly("1", "pen");
            assertThat(text(((RowChange) events.get(3)).after())).containsExactly("1", "nib");
            assertThat(((TransactionEnd) events.get(5)).xid()).isPresent();
            assertThat(events.get(5).position().mariaDbGtids()).contains(MariaDbGtidPosition.parse(serverGtid));
        }
    }

    @Test
    void ddlIsAStandaloneTransactionWithItsDatabase() throws Exception {
        try (BinlogReader reader = ReaderProbe.start(server, currentPosition(server))) {
            server.execute("USE shop", "CREATE TABLE notes (id INT PRIMARY KEY)");

            List<BinlogEvent> events = transactions(reader, 1, TIMEOUT);

            assertThat(kinds(events)).isEqualTo("BDE");
            assertThat(((DdlStatement) events.get(1)).database()).isEqualTo("shop");
            assertThat(((TransactionBegin) events.get(0)).gtid()).contains(server.gtidExecuted());
        }
    }

    @Test
    void resumingFromAGtidPositionYieldsExactlyTheRest() throws Exception {
        server.execute("INSERT INTO shop.orders VALUES (10, 'a')");
        MariaDbGtidPosition seen = MariaDbGtidPosition.parse(server.gtidExecuted());
        server.execute("INSERT INTO shop.orders VALUES (11, 'b')");
        server.execute("INSERT INTO shop.orders VALUES (12, 'c')");

        try (BinlogReader reader = ReaderProbe.start(server, BinlogPosition.ofMariaDb(seen))) {
            List<BinlogEvent> events = transactions(reader, 2, TIMEOUT);

            assertThat(kinds(events)).isEqualTo("BiEBiE");
            assertThat(text(((RowChange) events.get(1)).after())).containsExactly("11", "b");
            assertThat(text(((RowChange) events.get(4)).after())).containsExactly("12", "c");
            assertNothingMore(reader, Duration.ofMillis(500));
        }
    }

    @Test
    void resumingInsideATransactionSkipsExactlyTheDeliveredRows() throws Exception {
        BinlogPosition start = currentPosition(server);
        server.execute("INSERT INTO shop.orders VALUES (20, 'a'), (21, 'b'), (22, 'c')");
        BinlogPosition afterFirstRow;
        try (BinlogReader first = ReaderProbe.start(server, start)) {
            afterFirstRow = events(first, 2, TIMEOUT).get(1).position();
        }

        try (BinlogReader second = ReaderProbe.start(server, afterFirstRow)) {
            List<BinlogEvent> rest = transactions(second, 1, TIMEOUT);

            assertThat(kinds(rest)).isEqualTo("iiE");
            assertThat(text(((RowChange) rest.get(0)).after())).containsExactly("21", "b");
            assertNothingMore(second, Duration.ofMillis(500));
        }
    }
}
