package io.dtle.source.binlog;

import static io.dtle.source.binlog.ReaderProbe.currentPosition;
import static io.dtle.source.binlog.ReaderProbe.kinds;
import static io.dtle.source.binlog.ReaderProbe.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL 8 binlog transaction compression (TRANSACTION_PAYLOAD events) must not change what the reader delivers. */
class CompressedTransactionIT {
    private static final String COLUMNS = "(id INT PRIMARY KEY, ti TINYINT, bu BIGINT UNSIGNED, de DECIMAL(65,30),"
            + " f FLOAT, dbl DOUBLE, d DATE, t TIME(6), dt DATETIME(6), ts TIMESTAMP(3) NULL, y YEAR, c CHAR(10),"
            + " v VARCHAR(50) CHARACTER SET utf8mb4, l1 VARCHAR(20) CHARACTER SET latin1, bn BINARY(4),"
            + " vb VARBINARY(10), bl BLOB, tx TEXT, e ENUM('a','b'), s SET('x','y'), b1 BIT(1), b9 BIT(9), j JSON,"
            + " g GEOMETRY, p POINT)";
    private static final String ROW_1 = "(1, -5, 18446744073709551615, 12345678901234567890.123456789012345678901234567890,"
            + " 1.5, -2.25e100, '2024-02-29', '-838:59:59.000000', '2024-01-02 03:04:05.123456',"
            + " '2024-01-02 03:04:05.678', 2024, 'abc', 'emoji \\u{1F600} 😀', 'café', x'00010203', x'ff00',"
            + " x'deadbeef', 'text', 'b', 'x,y', b'1', b'101010101', '{\"k\": [1, 2.5, \"s\"]}',"
            + " ST_GeomFromText('LINESTRING(0 0, 1 1)'), ST_GeomFromText('POINT(1 2)'))";
    private static final String ROW_2 = "(2, NULL, 0, 0, NULL, NULL, NULL, '00:00:00', NULL, NULL, NULL, NULL, '', NULL,"
            + " NULL, x'', NULL, NULL, NULL, '', b'0', NULL, 'null', NULL, NULL)";

    @Test
    void compressedTransactionsComeOutExactlyLikeUncompressedOnes() throws Exception {
        try (LocalMySqlServer server = ServerOptions.mysql().binlogRowMetadata("FULL")
                .argument("--binlog-transaction-compression=ON").start()) {
            server.execute("CREATE DATABASE plain", "CREATE DATABASE packed",
                    "CREATE TABLE plain.t " + COLUMNS, "CREATE TABLE packed.t " + COLUMNS);
            try (BinlogReader reader = ReaderProbe.start(server, currentPosition(server))) {
                server.execute("SET SESSION binlog_transaction_compression = OFF", "BEGIN",
                        "INSERT INTO plain.t VALUES " + ROW_1 + ", " + ROW_2,
                        "UPDATE plain.t SET v = 'changed', j = '[]' WHERE id = 1",
                        "DELETE FROM plain.t WHERE id = 2", "COMMIT");
                server.execute("SET SESSION binlog_transaction_compression = ON", "BEGIN",
                        "INSERT INTO packed.t VALUES " + ROW_1 + ", " + ROW_2,
                        "UPDATE packed.t SET v = 'changed', j = '[]' WHERE id = 1",
                        "DELETE FROM packed.t WHERE id = 2", "COMMIT");

                List<BinlogEvent> events = transactions(reader, 2, Duration.ofSeconds(30));

                assertThat(compressedTransactions(server)).isEqualTo(1);
                List<BinlogEvent> plain = events.subList(0, events.size() / 2);
                List<BinlogEvent> packed = events.subList(events.size() / 2, events.size());
                assertThat(kinds(plain)).isEqualTo("BiiudE").isEqualTo(kinds(packed));
                for (int i = 1; i < plain.size() - 1; i++) {
                    assertSameRow((RowChange) plain.get(i), (RowChange) packed.get(i));
                }
                assertThat(((TransactionEnd) packed.get(packed.size() - 1)).xid()).isPresent();
                assertThat(packed.get(packed.size() - 1).position().gtidSet().orElseThrow().toCompactString())
                        .isEqualTo(server.gtidExecuted().replace("\n", ""));
            }
        }
    }

    private static void assertSameRow(RowChange plain, RowChange packed) {
        assertThat(packed.operation()).isEqualTo(plain.operation());
        assertThat(Arrays.deepEquals(packed.before(), plain.before()))
                .as("before %s vs %s", Arrays.deepToString(packed.before()), Arrays.deepToString(plain.before()))
                .isTrue();
        assertThat(Arrays.deepEquals(packed.after(), plain.after()))
                .as("after %s vs %s", Arrays.deepToString(packed.after()), Arrays.deepToString(plain.after()))
                .isTrue();
        assertThat(packed.table().table()).isEqualTo(plain.table().table());
        assertThat(packed.table().database()).isEqualTo("packed");
        assertThat(packed.table().columnTypes()).isEqualTo(plain.table().columnTypes());
        assertThat(packed.table().columnMetadata()).isEqualTo(plain.table().columnMetadata());
        assertThat(packed.table().columnNames()).isEqualTo(plain.table().columnNames()).hasSize(25);
    }

    private static long compressedTransactions(LocalMySqlServer server) {
        String count = server.queryString("SELECT TRANSACTION_COUNTER FROM"
                + " performance_schema.binary_log_transaction_compression_stats"
                + " WHERE LOG_TYPE = 'BINARY' AND COMPRESSION_TYPE = 'ZSTD'");
        return count == null ? 0 : Long.parseLong(count);
    }
}
