package io.dtle.source.check;

import io.dtle.source.DtleSourceConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A JDBC connection to the source server for the start checks, knowing the server's flavour and version. */
final class ServerSession implements AutoCloseable {
    private final Connection connection;
    private final String version;

    private ServerSession(Connection connection, String version) {
        this.connection = connection;
        this.version = version;
    }

    /** Opens a session with the configured account; the password is unwrapped only into the driver's properties. */
    static ServerSession open(DtleSourceConfig config) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", config.user());
        properties.setProperty("password", config.password().value());
        properties.setProperty("sslMode", config.sslMode().jdbcSslMode());
        int timeoutMs = (int) config.connectTimeout().toMillis();
        properties.setProperty("connectTimeout", Integer.toString(timeoutMs));
        properties.setProperty("socketTimeout", Integer.toString(Math.max(timeoutMs, 30_000)));
        properties.setProperty("allowPublicKeyRetrieval", "true");
        String url = "jdbc:mysql://" + config.hostname() + ":" + config.port() + "/";
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            return new ServerSession(connection, single(connection, "SELECT VERSION()"));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Wraps a connection the caller owns and closes. */
    static ServerSession of(Connection connection) throws SQLException {
        return new ServerSession(connection, single(connection, "SELECT VERSION()"));
    }

    String version() {
        return version;
    }

    Connection connection() {
        return connection;
    }

    boolean isMariaDb() {
        return version.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
    }

    /** A global variable's value, or null when the server has no such variable. */
    String variable(String name) throws SQLException {
        List<List<String>> rows = rows("SHOW GLOBAL VARIABLES LIKE '" + name.replace("'", "''") + "'");
        return rows.isEmpty() ? null : rows.get(0).get(1);
    }

    String single(String sql) throws SQLException {
        return single(connection, sql);
    }

    /** Every row of a query, each as its column values in order (null for SQL NULL). */
    List<List<String>> rows(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of every row. */
    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows(sql)) {
            values.add(row.get(0));
        }
        return values;
    }

    /** Every row of a query keyed by column label, for results whose layout differs between versions. */
    List<Map<String, String>> records(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<Map<String, String>> records = new ArrayList<>();
            while (result.next()) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    record.put(result.getMetaData().getColumnLabel(i), result.getString(i));
                }
                records.add(record);
            }
            return records;
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
