package io.dtle.source.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryLogStatusTest {

    @ParameterizedTest
    @CsvSource({
        "5.7.44-log, SHOW MASTER STATUS",
        "8.0.33, SHOW MASTER STATUS",
        "8.1.0, SHOW MASTER STATUS",
        "8.2.0, SHOW BINARY LOG STATUS",
        "8.4.3, SHOW BINARY LOG STATUS",
        "9.1.0-commercial, SHOW BINARY LOG STATUS",
        "10.11.6-MariaDB-0+deb12u1-log, SHOW MASTER STATUS",
        "11.4.2-MariaDB, SHOW MASTER STATUS",
    })
    void choosesTheStatementByVersion(String version, String statement) {
        assertThat(BinaryLogStatus.statement(version)).isEqualTo(statement);
    }
}
