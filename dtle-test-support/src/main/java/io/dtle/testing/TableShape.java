package io.dtle.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A table's columns (by lower-case name), their JDBC types and its primary key, as one server has them. */
record TableShape(String database, String table, Map<String, Column> columns, List<String> keyColumns) {

    record Column(String name, int jdbcType) {
        boolean binary() {
            return switch (jdbcType) {
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.BIT -> true;
                default -> false;
            };
        }
    }

    static TableShape read(Connection connection, String qualifiedName) throws SQLException {
        int dot = qualifiedName.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("name tables as db.table, not " + qualifiedName);
        }
        String database = qualifiedName.substring(0, dot);
        String table = qualifiedName.substring(dot + 1);
        DatabaseMetaData metaData = connection.getMetaData();
        Map<String, Column> columns = new LinkedHashMap<>();
        try (ResultSet rows = metaData.getColumns(database, null, table, "%")) {
            while (rows.next()) {
                String name = rows.getString("COLUMN_NAME");
                columns.put(name.toLowerCase(Locale.ROOT), new Column(name, rows.getInt("DATA_TYPE")));
            }
        }
        TreeMap<Short, String> key = new TreeMap<>();
        if (!columns.isEmpty()) {
            try (ResultSet rows = metaData.getPrimaryKeys(database, null, table)) {
                while (rows.next()) {
                    key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return new TableShape(database, table, columns, List.copyOf(key.values()));
    }

    boolean exists() {
        return !columns.isEmpty();
    }

    String quotedName() {
        return quote(database) + "." + quote(table);
    }

    /** The quoted names of {@code wanted} columns this side has, in {@code wanted}'s order. */
    List<String> selectList(List<String> wanted) {
        List<String> select = new ArrayList<>();
        for (String column : wanted) {
            Column present = columns.get(column);
            if (present != null) {
                select.add(quote(present.name()));
            }
        }
        return select;
    }

    /** Both sides' columns, sorted by name, so that column order does not count as a difference. */
    static List<String> unionOfColumns(TableShape left, TableShape right) {
        TreeSet<String> names = new TreeSet<>(left.columns.keySet());
        names.addAll(right.columns.keySet());
        return List.copyOf(names);
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
