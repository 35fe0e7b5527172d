package io.dtle.sink.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: MySQL 8.4 tagged GTIDs in the bookkeeping table. A source's rows are read one by one, so a tagged row
 * followed by an untagged one (or the other way round) keeps each transaction under its own tag, before and after
 * compaction.
 */
class GtidExecutedTableIT {
    private static final String UUID_TEXT = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

    @Test
    void taggedAndUntaggedTransactionsOfOneSourceReadBackExactly() throws Exception {
        UUID source = UUID.fromString(UUID_TEXT);
        GtidExecutedTable table = new GtidExecutedTable(UUID.randomUUID());
        try (LocalMySqlServer target = LocalMySqlServer.mysql(); Connection connection = target.connect()) {
            GtidExecutedTable.create(connection);
            table.record(connection, Gtid.parse(UUID_TEXT + ":mytag:1"));
            table.record(connection, Gtid.of(source, 2));
            table.record(connection, List.of(Gtid.of(source, 1), Gtid.parse(UUID_TEXT + ":MyTag:5"),
                    Gtid.parse(UUID_TEXT + ":other:3")));
            GtidSet expected = GtidSet.parse(UUID_TEXT + ":1-2:mytag:1:mytag:5:other:3");

            assertThat(table.read(connection)).isEqualTo(expected);
            assertThat(table.read(connection).contains(Gtid.parse(UUID_TEXT + ":mytag:2"))).isFalse();

            assertThat(table.compact(connection)).isEqualTo(4);
            assertThat(table.rowCount(connection)).isEqualTo(1);
            assertThat(table.read(connection)).isEqualTo(expected).hasToString(UUID_TEXT + ":1-2:mytag:1:5:other:3");
        }
    }
}
