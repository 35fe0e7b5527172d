package io.dtle.sink.parallel;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The pooled connection one worker applies on: opened on first use with autocommit off, replaced when it broke. */
final class WorkerConnection implements AutoCloseable {
    private final DataSource pool;
    private Connection connection;

    WorkerConnection(DataSource pool) {
        this.pool = pool;
    }

    Connection get() throws SQLException {
        if (connection == null) {
            Connection fresh = pool.getConnection();
            try {
                fresh.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(fresh, e);
                throw e;
            }
            connection = fresh;
        }
        return connection;
    }

    void commit() throws SQLException {
        connection.commit();
    }

    void rollback() throws SQLException {
        if (connection != null) {
            connection.rollback();
        }
    }

    /** Rolls back after {@code failure}; a connection that cannot even roll back is dropped. */
    void rollbackAfter(Throwable failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
            discard(failure);
        }
    }

    /** Drops a broken connection; the next {@link #get()} takes a fresh one from the pool. */
    void discard(Throwable failure) {
        if (connection != null) {
            closeQuietly(connection, failure);
            connection = null;
        }
    }

    /** Rolls back whatever is open, so nothing half-applied commits, and hands the connection back. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Closing anyway: the server rolls back the transaction of a session that goes away.
        }
        closeQuietly(connection, null);
        connection = null;
    }

    /** Closes, recording a failure to close on {@code failure} when there is one. */
    private static void closeQuietly(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
