package io.dtle.sink.e2e;

import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

/**
 * The expected content of an n:1 target table: the rows of the same table on several sources, copied into one
 * scratch table, which TableComparer then compares with the target row by row.
 */
final class UnionTable {
    /** A table ({@code db.table}) on a source server. */
    record Part(LocalMySqlServer server, String table) {
    }

    private UnionTable() {
    }

    /**
     * (Re)creates {@code scratch} ({@code db.table}) on {@code server} with the first part's definition and every
     * row of every part.
     */
    static void build(LocalMySqlServer server, String scratch, Part... parts) {
        String database = scratch.substring(0, scratch.indexOf('.'));
        String name = scratch.substring(scratch.indexOf('.') + 1);
        String ddl = Schemas.showCreate(parts[0].server(), parts[0].table())
                .replaceFirst("CREATE TABLE `[^`]+`", "CREATE TABLE `" + name + "`");
        server.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`", "DROP TABLE IF EXISTS " + scratch,
                "USE `" + database + "`", ddl);
        for (Part part : parts) {
            copyRows(part.server(), part.table(), server, scratch);
        }
    }

    private static void copyRows(LocalMySqlServer from, String table, LocalMySqlServer to, String scratch) {
        try (Connection read = from.connect(); Statement select = read.createStatement();
             ResultSet rows = select.executeQuery("SELECT * FROM " + table); Connection write = to.connect()) {
            int columns = rows.getMetaData().getColumnCount();
            String marks = String.join(", ", Collections.nCopies(columns, "?"));
            try (PreparedStatement insert = write.prepareStatement("INSERT INTO " + scratch + " VALUES (" + marks + ")")) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        insert.setObject(i, rows.getObject(i));
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("copying " + table + " from " + from + " into " + scratch + ": " + e, e);
        }
    }
}
