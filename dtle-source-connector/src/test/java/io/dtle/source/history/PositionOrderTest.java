package io.dtle.source.history;

import static io.dtle.source.history.PositionOrder.atOrBefore;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.source.binlog.BinlogPosition;
import org.junit.jupiter.api.Test;

/** Issue #3: a history entry is replayed on restart at P when it is "at or before P". */
class PositionOrderTest {
    private static final String A = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final String B = "4e11fa47-71ca-11e1-9e33-c80aa9429562";

    private static BinlogPosition gtids(String set) {
        return BinlogPosition.ofGtidSet(GtidSet.parse(set)).withBinlog("binlog.000001", 100);
    }

    /** After the second event (BEGIN, then the DDL) of transaction {@code gtid}, with {@code seen} fully seen. */
    private static BinlogPosition insideDdl(String seen, String gtid, long events) {
        return gtids(seen).inTransaction(gtid, "binlog.000001", 500, events);
    }

    @Test
    void gtidSetsCompareByContainment() {
        assertThat(atOrBefore(gtids(A + ":1-5"), gtids(A + ":1-5"))).isTrue();
        assertThat(atOrBefore(gtids(A + ":1-5"), gtids(A + ":1-9," + B + ":1-2"))).isTrue();
        assertThat(atOrBefore(gtids(A + ":1-6"), gtids(A + ":1-5"))).isFalse();
        assertThat(atOrBefore(gtids(A + ":1-5," + B + ":1"), gtids(A + ":1-9"))).isFalse();
    }

    @Test
    void aDdlInsideItsTransactionIsBeforeTheEndOfThatTransactionAndAfterItsStart() {
        BinlogPosition ddl = insideDdl(A + ":1-5", A + ":6", 2);
        assertThat(atOrBefore(ddl, gtids(A + ":1-6"))).isTrue();
        assertThat(atOrBefore(ddl, gtids(A + ":1-5"))).isFalse();
        assertThat(atOrBefore(ddl, insideDdl(A + ":1-5", A + ":6", 2))).isTrue();
        assertThat(atOrBefore(ddl, insideDdl(A + ":1-5", A + ":6", 1))).isFalse();
        assertThat(atOrBefore(ddl, insideDdl(A + ":1-6", A + ":7", 1))).isTrue();
    }

    @Test
    void aBaselineAtTheStartIsBeforeAnyLaterTransaction() {
        assertThat(atOrBefore(gtids(A + ":1-5"), insideDdl(A + ":1-5", A + ":6", 1))).isTrue();
        assertThat(atOrBefore(insideDdl(A + ":1-5", A + ":6", 1), gtids(A + ":1-5"))).isFalse();
    }

    @Test
    void mariaDbPositionsCompareByDomain() {
        BinlogPosition at = BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-10,1-1-4"));
        assertThat(atOrBefore(BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-9")), at)).isTrue();
        assertThat(atOrBefore(BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-11")), at)).isFalse();
        assertThat(atOrBefore(BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("2-1-1")), at)).isFalse();
        BinlogPosition ddl = BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-10"))
                .inTransaction("0-1-11", "mariadb-bin.000001", 900, 2);
        assertThat(atOrBefore(ddl, at)).isFalse();
        assertThat(atOrBefore(ddl, BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-11")))).isTrue();
    }

    @Test
    void filePositionsCompareByFileNumberThenPositionThenEvents() {
        assertThat(atOrBefore(BinlogPosition.ofFile("binlog.000009", 900), BinlogPosition.ofFile("binlog.000010", 4)))
                .isTrue();
        assertThat(atOrBefore(BinlogPosition.ofFile("binlog.000002", 900), BinlogPosition.ofFile("binlog.000002", 800)))
                .isFalse();
        BinlogPosition ddl = BinlogPosition.ofFile("binlog.000002", 800).inTransaction(null, "binlog.000002", 800, 2);
        assertThat(atOrBefore(ddl, BinlogPosition.ofFile("binlog.000002", 800))).isFalse();
        assertThat(atOrBefore(ddl, BinlogPosition.ofFile("binlog.000002", 950))).isTrue();
        assertThat(atOrBefore(ddl, ddl)).isTrue();
    }

    @Test
    void positionsOfDifferentKindsAreNotComparable() {
        assertThat(atOrBefore(gtids(A + ":1"), BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-1")))).isFalse();
    }
}
