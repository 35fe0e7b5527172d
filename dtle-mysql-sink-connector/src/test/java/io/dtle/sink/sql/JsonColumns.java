package io.dtle.sink.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** Compares a JSON column of two servers as JSON values, for targets (MariaDB) that keep JSON as text. */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    static void assertEqualAsJson(LocalMySqlServer source, LocalMySqlServer target, String table, String column)
            throws Exception {
        Map<Integer, String> left = read(source, table, column);
        Map<Integer, String> right = read(target, table, column);
        assertThat(right.keySet()).isEqualTo(left.keySet());
        for (Map.Entry<Integer, String> row : left.entrySet()) {
            String theirs = right.get(row.getKey());
            if (row.getValue() == null || theirs == null) {
                assertThat(theirs).as("id " + row.getKey()).isEqualTo(row.getValue());
            } else {
                JsonNode expected = JSON.readTree(row.getValue());
                assertThat(JSON.readTree(theirs)).as("%s of id %s", column, row.getKey()).isEqualTo(expected);
            }
        }
    }

    /** Gives the target the source's text of the column, once {@link #assertEqualAsJson} passed. */
    static void copyText(LocalMySqlServer source, LocalMySqlServer target, String table, String column)
            throws SQLException {
        Map<Integer, String> texts = read(source, table, column);
        try (Connection connection = target.connect(); PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            for (Map.Entry<Integer, String> row : texts.entrySet()) {
                update.setString(1, row.getValue());
                update.setInt(2, row.getKey());
                update.executeUpdate();
            }
        }
    }

    private static Map<Integer, String> read(LocalMySqlServer server, String table, String column) throws SQLException {
        Map<Integer, String> values = new TreeMap<>();
        try (Connection connection = server.connect(); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, " + column + " FROM " + table)) {
            while (rows.next()) {
                values.put(rows.getInt(1), rows.getString(2));
            }
        }
        return values;
    }
}
