package io.dtle.sink.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 (found by BidirectionalIT's killed worker): every sink task start creates the bookkeeping tables; when
 * they exist that must leave no transaction in the target's binlog, or the other direction's source of a
 * bidirectional pair carries an untagged CREATE TABLE back at each restart.
 */
class BookkeepingTablesIT {
    @Test
    void creatingExistingBookkeepingTablesWritesNothingToTheBinlog() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql(); Connection connection = target.connect()) {
            GtidExecutedTable.create(connection);
            SinkOffsetsTable.create(connection);
            String afterFirst = target.gtidExecuted();
            assertThat(target.queryString("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                    + "'dtle'")).isEqualTo("2");

            GtidExecutedTable.create(connection);
            SinkOffsetsTable.create(connection);

            assertThat(target.gtidExecuted()).isEqualTo(afterFirst);
        }
    }
}
