package io.dtle.sink.apply;

import java.sql.Connection;
import java.sql.SQLException;

/** One piece of a unit's work on the target: a batch of row changes, a DDL statement, a truncate. */
interface Step {
    void apply(Connection connection) throws SQLException;

    /** Row changes it carries, for metrics and the memory bound. */
    int rows();

    /**
     * Applies {@code step}; an error names what failed (the kind of statement, the table and the rows, or the DDL
     * text) so the task's failure says which statement of the source transaction the target refused. The error
     * code and SQL state stay, and the original is the cause, so retry decisions see the same error.
     */
    static void applyNamingFailures(Step step, Connection connection) throws SQLException {
        try {
            step.apply(connection);
        } catch (SQLException e) {
            throw new SQLException(step + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }
}
