package io.dtle.common.expr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the differential table back over JDBC into the values a {@link Row} takes. These are the values
 * the source connector's snapshot reads, and the same MySQL values its binlog rows carry; the Debezium
 * Struct encoding of them is built separately by {@link DebeziumStructs}. Temporal columns are read as
 * text because Connector/J would shift TIMESTAMPs by the JVM zone and drop TIME's sign and range; the
 * session runs in UTC, which is how Debezium's ZonedTimestamp reaches the engine.
 */
final class JdbcRows {
    private JdbcRows() {
    }

    /** Every row of {@code table} by id, each a column name to value map (NULLs included). */
    static Map<Integer, Map<String, Object>> read(java.sql.Connection connection, String table) throws SQLException {
        Map<Integer, Map<String, Object>> rows = new TreeMap<>();
        try (ResultSet result = connection.createStatement().executeQuery("SELECT * FROM " + table)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (RandomRows.Column column : RandomRows.COLUMNS) {
                    row.put(column.name(), value(result, column));
                }
                rows.put(result.getInt("id"), row);
            }
        }
        return rows;
    }

    private static Object value(ResultSet result, RandomRows.Column column) throws SQLException {
        String name = column.name();
        String type = column.type();
        Object value;
        if (type.startsWith("DATETIME") || type.startsWith("TIMESTAMP")) {
            String text = result.getString(name);
            value = text == null ? null : LocalDateTime.parse(text.replace(' ', 'T'));
        } else if (type.equals("DATE")) {
            value = result.getObject(name, LocalDate.class);
        } else if (type.equals("TIME")) {
            value = time(result.getString(name));
        } else if (type.equals("YEAR") || type.startsWith("BIT")) {
            value = result.getLong(name);
        } else if (type.contains("BINARY")) {
            value = result.getBytes(name);
        } else if (type.startsWith("CHAR") || type.startsWith("VARCHAR") || type.startsWith("ENUM")
                || type.startsWith("SET") || type.equals("JSON")) {
            value = result.getString(name);
        } else {
            value = result.getObject(name);
        }
        return result.wasNull() ? null : value;
    }

    /** MySQL's TIME text, [-]H+:MM:SS[.ffffff], as a signed duration. */
    static Duration time(String text) {
        if (text == null) {
            return null;
        }
        boolean negative = text.startsWith("-");
        String[] parts = (negative ? text.substring(1) : text).split("[:.]");
        Duration duration = Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(Long.parseLong(parts[2]));
        if (parts.length > 3) {
            duration = duration.plusNanos(Long.parseLong((parts[3] + "000000000").substring(0, 9)));
        }
        return negative ? duration.negated() : duration;
    }
}
