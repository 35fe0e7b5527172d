package io.dtle.sink.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one table's columns, keys and foreign-key relations from the target's information_schema. */
final class TargetTableReader {

    private static final String COLUMNS = "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, EXTRA,"
            + " COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
            + " ORDER BY ORDINAL_POSITION";
    private static final String UNIQUE_KEYS = "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND NON_UNIQUE = 0 ORDER BY INDEX_NAME = 'PRIMARY' DESC,"
            + " INDEX_NAME, SEQ_IN_INDEX";
    private static final String HAS_FOREIGN_KEYS = "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?";
    private static final String REFERENCED = "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS"
            + " WHERE UNIQUE_CONSTRAINT_SCHEMA = ? AND REFERENCED_TABLE_NAME = ?";

    private TargetTableReader() {
    }

    static TargetTable read(Connection connection, TableName name) throws SQLException {
        List<TargetColumn> columns = readColumns(connection, name);
        if (columns.isEmpty()) {
            throw new MissingTableException(name);
        }
        Map<String, List<TargetColumn>> keys = readUniqueKeys(connection, name, columns);
        Optional<UniqueKey> primary = Optional.ofNullable(keys.remove("PRIMARY"))
                .map(keyColumns -> new UniqueKey("PRIMARY", keyColumns));
        List<UniqueKey> unique = new ArrayList<>();
        keys.forEach((index, keyColumns) -> unique.add(new UniqueKey(index, keyColumns)));
        return new TargetTable(name, columns, primary, unique, count(connection, REFERENCED, name) > 0,
                count(connection, HAS_FOREIGN_KEYS, name) > 0);
    }

    private static List<TargetColumn> readColumns(Connection connection, TableName name) throws SQLException {
        List<TargetColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, COLUMNS, name); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String extra = rows.getString("EXTRA");
                // MySQL says VIRTUAL GENERATED / STORED GENERATED, MariaDB VIRTUAL GENERATED / STORED GENERATED too
                // (older MariaDB: PERSISTENT GENERATED); DEFAULT_GENERATED is an ordinary column with an expression default.
                boolean generated = extra != null && extra.toUpperCase().matches(".*\\b(VIRTUAL|STORED|PERSISTENT)\\b.*");
                columns.add(new TargetColumn(rows.getString("COLUMN_NAME"), rows.getString("DATA_TYPE"),
                        rows.getString("COLUMN_TYPE"), "YES".equals(rows.getString("IS_NULLABLE")), generated,
                        rows.getString("COLLATION_NAME")));
            }
        }
        return columns;
    }

    private static Map<String, List<TargetColumn>> readUniqueKeys(Connection connection, TableName name,
            List<TargetColumn> columns) throws SQLException {
        Map<String, List<TargetColumn>> keys = new LinkedHashMap<>();
        java.util.Set<String> functional = new java.util.HashSet<>();
        try (PreparedStatement statement = prepare(connection, UNIQUE_KEYS, name);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                TargetColumn target = column == null ? null : columns.stream()
                        .filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElse(null);
                if (target == null) {
                    // A functional key part (MySQL 8.0.13+) has no column; such a key cannot identify a row for us.
                    functional.add(index);
                } else {
                    keys.computeIfAbsent(index, k -> new ArrayList<>()).add(target);
                }
            }
        }
        keys.keySet().removeAll(functional);
        return keys;
    }

    private static long count(Connection connection, String sql, TableName name) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, name); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, TableName name) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, name.database());
        statement.setString(2, name.table());
        return statement;
    }
}
