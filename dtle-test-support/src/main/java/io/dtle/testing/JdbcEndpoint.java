package io.dtle.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Something the table comparer can connect to: a local test server, or any JDBC URL with credentials. */
public interface JdbcEndpoint {
    String jdbcUrl();

    Connection connect() throws SQLException;

    static JdbcEndpoint of(String url, String user, String password) {
        return new JdbcEndpoint() {
            @Override
            public String jdbcUrl() {
                return url;
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public String toString() {
                return url;
            }
        };
    }
}
