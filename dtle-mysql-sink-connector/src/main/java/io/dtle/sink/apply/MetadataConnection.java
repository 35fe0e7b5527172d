package io.dtle.sink.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The stream thread's own connection, for reading table definitions while transactions are assembled. Autocommit
 * is on so information_schema is never read through an old snapshot; a broken connection (the target restarted)
 * is replaced on the next use after its next check.
 */
final class MetadataConnection implements AutoCloseable {
    /**
     * The stream asks for the connection for every row, but table definitions are cached and it is rarely used, so
     * it is checked (a round trip to the target) at most this often, not once per row (issue 4's benchmark).
     */
    static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DataSource dataSource;
    private Connection connection;
    private long checkedAt;

    MetadataConnection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection get() throws SQLException {
        long now = System.nanoTime();
        if (connection != null && now - checkedAt >= CHECK_INTERVAL_NANOS) {
            if (connection.isValid(2)) {
                checkedAt = now;
            } else {
                close();
            }
        }
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            checkedAt = now;
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
