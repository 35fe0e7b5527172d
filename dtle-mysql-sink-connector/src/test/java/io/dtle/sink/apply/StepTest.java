package io.dtle.sink.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void aFailureNamesTheStepAndKeepsTheErrorCodeForRetryDecisions() {
        SQLException refused = new SQLException("Data too long for column 'b' at row 1", "22001", 1406);
        Step step = new Step() {
            @Override
            public void apply(Connection connection) throws SQLException {
                throw refused;
            }

            @Override
            public int rows() {
                return 1;
            }

            @Override
            public String toString() {
                return "INSERT of 1 row(s) of demo.t";
            }
        };
        assertThatThrownBy(() -> Step.applyNamingFailures(step, null)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getMessage())
                    .isEqualTo("INSERT of 1 row(s) of demo.t failed: Data too long for column 'b' at row 1");
            assertThat(e.getErrorCode()).isEqualTo(1406);
            assertThat(e.getSQLState()).isEqualTo("22001");
            assertThat(e.getCause()).isSameAs(refused);
        });
    }
}
