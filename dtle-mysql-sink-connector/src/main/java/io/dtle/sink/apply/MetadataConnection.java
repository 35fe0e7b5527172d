package io.dtle.sink.apply;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The stream thread's own connection, for reading table definitions while transactions are assembled. Autocommit
 * is on so information_schema is never read through an old snapshot; a broken connection (the target restarted)
 * is replaced on the next use.
 */
final class MetadataConnection implements AutoCloseable {
    private final DataSource dataSource;
    private Connection connection;

    MetadataConnection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection get() throws SQLException {
        if (connection != null && !connection.isValid(2)) {
            close();
        }
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        return connection;
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
        connection = null;
    }
}
