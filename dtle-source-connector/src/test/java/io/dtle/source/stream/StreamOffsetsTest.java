package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.offset.BinlogOffsetCodec;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StreamOffsetsTest {
    private static final String UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

    @Test
    void aTransactionInProgressKeepsItsClockOrderAndBegin() {
        BinlogPosition inside = BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-5"))
                .inTransaction(UUID + ":6", "binlog.000001", 400, 3);
        TransactionState transaction = new TransactionState(UUID + ":6", UUID + ":6", OptionalLong.of(4),
                OptionalLong.of(5), 0);
        transaction.markBegun();
        transaction.count("d.t");
        transaction.count("d.t");

        Map<String, Object> offset = StreamOffsets.encode(inside, transaction);
        assertThat(BinlogOffsetCodec.decode(offset)).isEqualTo(inside);
        TransactionState resumed = StreamOffsets.resumedTransaction(BinlogOffsetCodec.decode(offset), offset);

        assertThat(resumed.gtid).isEqualTo(UUID + ":6");
        assertThat(resumed.lastCommitted).hasValue(4);
        assertThat(resumed.sequenceNumber).hasValue(5);
        assertThat(resumed.totalOrder()).isEqualTo(2);
        assertThat(resumed.begun()).isTrue();
    }

    @Test
    void aTaggedTransactionKeepsItsOriginAcrossARestart() {
        BinlogPosition inside = BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-5"))
                .inTransaction(UUID + ":6", "binlog.000001", 400, 2);
        TransactionState transaction = new TransactionState(UUID + ":6", UUID + ":6", OptionalLong.empty(),
                OptionalLong.empty(), 0);
        String job = "0c1b5c43-7a0e-3a53-9d0e-2f5f3c4b8a11";
        transaction.tagOrigin(job);

        Map<String, Object> offset = StreamOffsets.encode(inside, transaction);
        TransactionState resumed = StreamOffsets.resumedTransaction(BinlogOffsetCodec.decode(offset), offset);

        assertThat(offset).containsEntry("txn_origin", job);
        assertThat(resumed.origin()).isEqualTo(job);
        assertThat(StreamOffsets.encode(inside, new TransactionState(UUID + ":6", UUID + ":6", OptionalLong.empty(),
                OptionalLong.empty(), 0))).doesNotContainKey("txn_origin");
    }

    @Test
    void betweenTransactionsOnlyThePosition() {
        BinlogPosition between = BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-6")).withBinlog("binlog.000001", 900);
        Map<String, Object> offset = StreamOffsets.encode(between, null);
        assertThat(offset).isEqualTo(BinlogOffsetCodec.encode(between));
        assertThat(StreamOffsets.resumedTransaction(between, offset)).isNull();
        assertThat(StreamOffsets.partition("p")).isEqualTo(Map.of("server", "p"));
    }
}
