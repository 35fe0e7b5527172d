package io.dtle.source.snapshot;

import io.debezium.relational.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns a table is copied in chunks by: its primary key, else a unique key of NOT NULL columns, else none. */
final class SnapshotKeys {
    private SnapshotKeys() {
    }

    static List<String> of(Connection connection, Table table) throws SQLException {
        if (!table.primaryKeyColumnNames().isEmpty()) {
            return table.primaryKeyColumnNames();
        }
        Map<String, List<String>> unique = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT INDEX_NAME, COLUMN_NAME FROM "
                + "information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND NON_UNIQUE = 0 "
                + "ORDER BY INDEX_NAME, SEQ_IN_INDEX")) {
            statement.setString(1, table.id().catalog());
            statement.setString(2, table.id().table());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    unique.computeIfAbsent(result.getString(1), name -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        for (List<String> columns : unique.values()) {
            if (columns.stream().allMatch(name -> table.columnWithName(name) != null
                    && !table.columnWithName(name).isOptional())) {
                return columns;
            }
        }
        return List.of();
    }
}
