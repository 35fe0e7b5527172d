package io.dtle.sink.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.parallel.SqlErrors.Kind;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    @Test
    void deadlocksAndLockWaitTimeoutsAreLockConflicts() {
        assertThat(SqlErrors.classify(new SQLException("Deadlock found", "40001", 1213))).isEqualTo(Kind.LOCK_CONFLICT);
        assertThat(SqlErrors.classify(new SQLException("Lock wait timeout", "HY000", 1205)))
                .isEqualTo(Kind.LOCK_CONFLICT);
    }

    @Test
    void lostConnectionsAreRecognisedByCodeOrStateClass() {
        assertThat(SqlErrors.classify(new SQLException("gone away", "HY000", 2006))).isEqualTo(Kind.CONNECTION_LOST);
        assertThat(SqlErrors.classify(new SQLException("lost", "HY000", 2013))).isEqualTo(Kind.CONNECTION_LOST);
        assertThat(SqlErrors.classify(new SQLException("Communications link failure", "08S01", 0)))
                .isEqualTo(Kind.CONNECTION_LOST);
        assertThat(SqlErrors.classify(new SQLTransientConnectionException("pool timed out")))
                .isEqualTo(Kind.CONNECTION_LOST);
    }

    @Test
    void dataErrorsAreFatal() {
        assertThat(SqlErrors.classify(new SQLException("Column 'v' cannot be null", "23000", 1048)))
                .isEqualTo(Kind.FATAL);
        assertThat(SqlErrors.classify(new SQLException("Duplicate entry", "23000", 1062))).isEqualTo(Kind.FATAL);
        assertThat(SqlErrors.classify(new SQLException("no table", "42S02", 1146))).isEqualTo(Kind.FATAL);
    }

    @Test
    void wrappedAndChainedErrorsAreLookedThrough() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0],
                new SQLException("Deadlock found", "40001", 1213));
        assertThat(SqlErrors.classify(batch)).isEqualTo(Kind.LOCK_CONFLICT);

        SQLException chained = new SQLException("first");
        chained.setNextException(new SQLException("Communications link failure", "08S01"));
        assertThat(SqlErrors.isConnectionLost(chained)).isTrue();
    }
}
