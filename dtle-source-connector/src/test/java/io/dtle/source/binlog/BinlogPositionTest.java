package io.dtle.source.binlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import org.junit.jupiter.api.Test;

class BinlogPositionTest {
    @Test
    void needsSomewhereToStart() {
        assertThatThrownBy(() -> BinlogPosition.of(null, null, null, 4, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEitherMySqlOrMariaDb() {
        assertThatThrownBy(() -> BinlogPosition.of(GtidSet.empty(), MariaDbGtidPosition.empty(), null, 4, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavingATransactionForgetsItsGtidAndCount() {
        BinlogPosition inside = BinlogPosition.ofFile("binlog.000001", 4).inTransaction(null, "binlog.000001", 100, 2);

        BinlogPosition after = inside.afterTransaction(null, null, 500);

        assertThat(inside.isInTransaction()).isTrue();
        assertThat(after.isInTransaction()).isFalse();
        assertThat(after).isEqualTo(BinlogPosition.ofFile("binlog.000001", 500));
    }

    @Test
    void printsTheTransactionPartOnlyInsideATransaction() {
        assertThat(BinlogPosition.ofFile("binlog.000001", 4).inTransaction(null, "binlog.000001", 100, 2))
                .hasToString("BinlogPosition{file=binlog.000001, pos=100, gtid=null, txn_events=2}");
    }
}
