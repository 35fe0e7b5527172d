package io.dtle.source.offset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.source.binlog.BinlogPosition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BinlogOffsetCodecTest {
    private static final String UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final GtidSet FIVE = GtidSet.parse(UUID + ":1-5");

    static Stream<BinlogPosition> positions() {
        return Stream.of(
                BinlogPosition.ofGtidSet(GtidSet.empty()),
                BinlogPosition.ofGtidSet(FIVE),
                BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-5:7," + "a1b2c3d4-0000-0000-0000-000000000001:1-3"))
                        .withBinlog("binlog.000002", 1234),
                BinlogPosition.ofGtidSet(FIVE).inTransaction(UUID + ":6", "binlog.000002", 1234, 3),
                BinlogPosition.ofGtidSet(GtidSet.parse(UUID + ":1-5:mytag:1-3")).inTransaction(UUID + ":mytag:4",
                        "binlog.000002", 1234, 3),
                BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-101-3,1-101-9")),
                BinlogPosition.ofMariaDb(MariaDbGtidPosition.empty()).inTransaction("0-101-1", "mariadb-bin.000001", 4, 1),
                BinlogPosition.ofFile("binlog.000007", 4),
                BinlogPosition.ofFile("binlog.000007", 4).inTransaction(null, "binlog.000007", 900, 12));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void roundTrips(BinlogPosition position) {
        Map<String, Object> offset = BinlogOffsetCodec.encode(position);

        assertThat(offset.values()).allMatch(value -> value instanceof String || value instanceof Long);
        assertThat(BinlogOffsetCodec.decode(offset)).isEqualTo(position);
    }

    @Test
    void writesTheDocumentedShapeInsideATransaction() {
        BinlogPosition position = BinlogPosition.ofGtidSet(FIVE).inTransaction(UUID + ":6", "binlog.000002", 1234, 3);

        assertThat(BinlogOffsetCodec.encode(position)).containsExactly(
                Map.entry("gtids", UUID + ":1-5"),
                Map.entry("file", "binlog.000002"),
                Map.entry("pos", 1234L),
                Map.entry("gtid", UUID + ":6"),
                Map.entry("txn_events", 3L));
    }

    @Test
    void leavesOutTransactionKeysBetweenTransactions() {
        Map<String, Object> offset = BinlogOffsetCodec.encode(
                BinlogPosition.ofMariaDb(MariaDbGtidPosition.parse("0-1-42")).withBinlog("mariadb-bin.000003", 777));

        assertThat(offset).containsExactly(
                Map.entry("mariadb_gtids", "0-1-42"),
                Map.entry("file", "mariadb-bin.000003"),
                Map.entry("pos", 777L));
    }

    @Test
    void acceptsIntegersFromAConverter() {
        Map<String, Object> offset = new LinkedHashMap<>();
        offset.put("file", "binlog.000001");
        offset.put("pos", 4);

        assertThat(BinlogOffsetCodec.decode(offset)).isEqualTo(BinlogPosition.ofFile("binlog.000001", 4));
    }

    @Test
    void rejectsAnOffsetWithoutAStart() {
        assertThatThrownBy(() -> BinlogOffsetCodec.decode(Map.of("pos", 4L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a dtle binlog offset");
    }

    @Test
    void rejectsWrongTypes() {
        assertThatThrownBy(() -> BinlogOffsetCodec.decode(Map.of("file", "binlog.000001", "pos", "4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pos' must be an integer");
    }
}
