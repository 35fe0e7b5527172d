package io.dtle.sink.apply;

import java.sql.Connection;
import java.sql.SQLException;

/** One piece of a unit's work on the target: a batch of row changes, a DDL statement, a truncate. */
interface Step {
    void apply(Connection connection) throws SQLException;

    /** Row changes it carries, for metrics and the memory bound. */
    int rows();
}
