package io.dtle.source.binlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.shyiko.mysql.binlog.event.Event;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EventTranslatorTest {
    private static final String UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final BinlogPosition START = BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-4"));

    private final BinlogEvents binlog = new BinlogEvents();
    private final List<Event> transaction = List.of(
            binlog.rotate("binlog.000002", 4),
            binlog.gtid(UUID + ":5", 3, 4),
            binlog.query("d", "BEGIN"),
            binlog.tableMap(7, "d", "t"),
            binlog.insert(7, row(1, "a"), row(2, "b")),
            binlog.insert(7, row(3, "c")),
            binlog.xid(99));

    @Test
    void translatesATransactionRowByRowWithPositions() throws Exception {
        List<BinlogEvent> events = translate(START, transaction);

        assertThat(events).hasSize(6);
        assertThat(events.get(0)).isInstanceOf(Heartbeat.class);
        TransactionBegin begin = (TransactionBegin) events.get(1);
        assertThat(begin.gtid()).contains(UUID + ":5");
        assertThat(begin.lastCommitted()).hasValue(3);
        assertThat(begin.sequenceNumber()).hasValue(4);
        assertThat(begin.position()).isEqualTo(START.inTransaction(UUID + ":5", "binlog.000002", 4, 1));
        RowChange third = (RowChange) events.get(4);
        assertThat(third.table().table()).isEqualTo("t");
        assertThat(third.after()).containsExactly(3, "c");
        assertThat(third.position().transactionEvents()).isEqualTo(4);
        TransactionEnd end = (TransactionEnd) events.get(5);
        assertThat(end.xid()).hasValue(99);
        assertThat(end.position()).isEqualTo(BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-5"))
                .withBinlog("binlog.000002", binlog.nextPosition()));
    }

    @Test
    void resumesInsideATransactionWithoutRepeatingDeliveredEvents() throws Exception {
        BinlogPosition afterSecondRow = translate(START, transaction).get(3).position();

        List<BinlogEvent> events = translate(afterSecondRow, transaction);

        assertThat(events).hasSize(2);
        assertThat(((RowChange) events.get(0)).after()).containsExactly(3, "c");
        assertThat(events.get(1)).isInstanceOf(TransactionEnd.class);
    }

    @Test
    void resumesAfterTheBeginWithoutRepeatingIt() throws Exception {
        BinlogPosition afterBegin = translate(START, transaction).get(1).position();

        List<BinlogEvent> events = translate(afterBegin, transaction);

        assertThat(events).hasSize(4).first().isInstanceOf(RowChange.class);
    }

    @Test
    void aDdlIsATransactionOfItsOwn() throws Exception {
        BinlogEvents binlog = new BinlogEvents();
        List<BinlogEvent> events = translate(START, List.of(
                binlog.gtid(UUID + ":5", 4, 5),
                binlog.query("shop", "CREATE TABLE t (id INT PRIMARY KEY)")));

        assertThat(events).hasSize(3);
        assertThat(events.get(1)).isEqualTo(new DdlStatement("shop", "CREATE TABLE t (id INT PRIMARY KEY)",
                1_700_000_000_000L, START.inTransaction(UUID + ":5", null, 4, 2)));
        assertThat(((TransactionEnd) events.get(2)).xid()).isEmpty();
        assertThat(events.get(2).position().gtidSet()).contains(GtidSet.parse(UUID + ":1-5"));
    }

    @Test
    void mariaDbGtidEventsOpenTransactions() throws Exception {
        BinlogPosition start = BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-7"));

        List<BinlogEvent> events = translate(start, List.of(
                binlog.mariaDbGtid(0, 1, 8, false),
                binlog.tableMap(7, "d", "t"),
                binlog.insert(7, row(1, "a")),
                binlog.xid(5),
                binlog.mariaDbGtid(0, 1, 9, true),
                binlog.query("d", "DROP TABLE t")));

        assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "TransactionBegin", "RowChange", "TransactionEnd", "TransactionBegin", "DdlStatement", "TransactionEnd");
        assertThat(((TransactionBegin) events.get(0)).gtid()).contains("0-1-8");
        assertThat(((TransactionBegin) events.get(0)).lastCommitted()).isEqualTo(OptionalLong.empty());
        assertThat(events.get(5).position().mariaDbGtids()).contains(MariaDbGtidPosition.parse("0-1-9"));
    }

    @Test
    void withoutGtidsBeginOpensTheTransactionAndFilePositionsTrackIt() throws Exception {
        BinlogEvents binlog = new BinlogEvents();
        List<BinlogEvent> events = translate(BinlogPosition.ofFile("binlog.000001", 4), List.of(
                binlog.query("d", "BEGIN"),
                binlog.tableMap(7, "d", "t"),
                binlog.insert(7, row(1, "a")),
                binlog.query("d", "COMMIT")));

        assertThat(((TransactionBegin) events.get(0)).gtid()).isEqualTo(Optional.empty());
        assertThat(events.get(1).position()).isEqualTo(
                BinlogPosition.ofFile("binlog.000001", 4).inTransaction(null, "binlog.000001", 4, 2));
        assertThat(events.get(2).position()).isEqualTo(BinlogPosition.ofFile("binlog.000001", 404));
    }

    @Test
    void staysQuietAboutPositionsWhileReReadingAResumedTransaction() throws Exception {
        BinlogPosition afterBegin = START.inTransaction(UUID + ":5", "binlog.000002", 4, 1);

        List<BinlogEvent> events = translate(afterBegin, List.of(binlog.rotate("binlog.000002", 4)));

        assertThat(events).isEmpty();
    }

    @Test
    void savepointsInsideATransactionAreNotStatements() throws Exception {
        List<BinlogEvent> events = translate(START, List.of(
                binlog.gtid(UUID + ":5", 4, 5),
                binlog.query("d", "BEGIN"),
                binlog.query("d", "SAVEPOINT `s1`"),
                binlog.tableMap(7, "d", "t"),
                binlog.insert(7, row(1, "a")),
                binlog.query("d", "ROLLBACK TO `s1`"),
                binlog.xid(3)));

        assertThat(events).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("TransactionBegin", "RowChange", "TransactionEnd");
    }

    @Test
    void refusesATransactionWithoutGtidWhenStreamingByGtidSet() {
        assertThatThrownBy(() -> translate(START, List.of(binlog.query("d", "BEGIN"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a GTID event");
    }

    @Test
    void refusesToResumeInsideATransactionTheServerDoesNotSendFirst() {
        BinlogPosition afterBegin = START.inTransaction(UUID + ":5", "binlog.000002", 4, 1);

        assertThatThrownBy(() -> translate(afterBegin, List.of(binlog.gtid(UUID + ":6", 5, 6))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resuming inside transaction " + UUID + ":5");
    }

    @Test
    void refusesRowsOutsideATransaction() {
        assertThatThrownBy(() -> translate(START, List.of(binlog.tableMap(7, "d", "t"), binlog.insert(7, row(1, "a")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside any transaction");
    }

    private static List<BinlogEvent> translate(BinlogPosition start, List<Event> events) throws Exception {
        List<BinlogEvent> out = new ArrayList<>();
        EventTranslator translator = new EventTranslator(start, out::add);
        for (Event event : events) {
            translator.accept(event);
        }
        return out;
    }

    private static Serializable[] row(Serializable... values) {
        return values;
    }
}
