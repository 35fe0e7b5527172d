package io.dtle.sink.gtid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether a bookkeeping table exists. MySQL writes {@code CREATE TABLE IF NOT EXISTS} to the binlog even when the
 * table is there, as a transaction of its own without dtle's origin marker: on a bidirectional pair the other
 * direction's source would carry it over at every task start. So the tables are created only when missing.
 */
final class ExistingTables {
    private ExistingTables() {
    }

    static boolean exists(Connection connection, String database, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            select.setString(1, database);
            select.setString(2, table);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
