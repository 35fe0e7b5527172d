package io.dtle.sink.e2e;

import io.dtle.sink.gtid.GtidExecutedTable;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A trigger on the bookkeeping table that records every source GTID the sink applies in audit.applied under a
 * unique key: a transaction applied twice would fail there loudly. Rows of the background compaction (ranges, more
 * than one number) are not applications and are left out.
 */
public final class SinkTriggers {
    private SinkTriggers() {
    }

    public static void recordAppliedGtids(LocalMySqlServer target) {
        try (Connection connection = target.connect()) {
            GtidExecutedTable.create(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        target.execute("CREATE TRIGGER dtle.record_applied AFTER INSERT ON dtle.gtid_executed_v2 FOR EACH ROW "
                + "BEGIN IF NEW.interval_gtid REGEXP '^[0-9]+$' THEN "
                + "INSERT INTO audit.applied VALUES (NEW.source_uuid, NEW.interval_gtid); END IF; END");
    }
}
