package io.dtle.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * About how many rows a source's full copy has, from information_schema.TABLES.TABLE_ROWS (InnoDB's estimate,
 * as dtle uses), over the databases and tables the connector's include lists select.
 */
final class SnapshotEstimate {
    private static final String SYSTEM_SCHEMAS = "mysql|sys|information_schema|performance_schema";

    private SnapshotEstimate() {
    }

    /** The estimate, or -1 when the source cannot be asked (the copy is then shown without a percentage). */
    static long rows(Map<String, String> sourceConfig) {
        String url = "jdbc:mysql://" + sourceConfig.get("database.hostname") + ":"
                + sourceConfig.getOrDefault("database.port", "3306") + "/?sslMode=PREFERRED&connectTimeout=5000";
        try (Connection connection = DriverManager.getConnection(url, sourceConfig.get("database.user"),
                sourceConfig.getOrDefault("database.password", ""));
             PreparedStatement statement = connection.prepareStatement("SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS "
                     + "FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'")) {
            Pattern databases = pattern(sourceConfig.get("database.include.list"), ".*");
            Pattern excluded = pattern(sourceConfig.get("database.exclude.list"), SYSTEM_SCHEMAS);
            Pattern tables = pattern(sourceConfig.get("table.include.list"), ".*");
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String database = result.getString(1);
                    String table = database + "." + result.getString(2);
                    if (databases.matcher(database).matches() && !excluded.matcher(database).matches()
                            && !database.matches("(?i)" + SYSTEM_SCHEMAS) && tables.matcher(table).matches()) {
                        rows += result.getLong(3);
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** A comma list of whole-name regular expressions, matched ignoring case, as the source connector does. */
    static Pattern pattern(String list, String whenEmpty) {
        String regex = list == null || list.isBlank() ? whenEmpty
                : String.join("|", java.util.Arrays.stream(list.split(",")).map(String::strip).toList());
        return Pattern.compile("(?:" + regex + ")", Pattern.CASE_INSENSITIVE);
    }
}
