package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comparisons involving dates, datetimes and times, which MySQL reads from strings and numbers. Expected values
 * are MySQL 8.0.33's, see {@link ExpressionTesting}.
 */
class CompareTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                dt = '2024-01-01' => 1
                dt = '2024-01-01 00:00:00' => 1
                dt = '2024-01-01 10:00:00' => 0
                dt < '2024-01-01 10:00:00' => 1
                dt = '2024-01-01 00:00:00.000001' => 0
                dt = '2024-1-1' => 1
                dt = '24-01-01' => 1
                dt = '20240101' => 1
                dt = '240101' => 1
                dt = '2024/01/01' => 1
                dt = '2024.01.01' => 1
                dt = '2024-01-01x' => 1
                dt > '2024-01-01x' => 0
                dt = ' 2024-01-01' => 1
                dt = '2024-01-01T00:00' => 1
                dt > '2023-12-31' => 1
                dt = 20240101 => 1
                dt = 20240101000000 => 1
                dt = 240101 => 1
                dt > 5 => 1
                dt > 99999999 => 0
                dt < 99999999 => 1
                dt = 20240101.0 => 1
                dt = 2024.0101 => 0
                dtm = '2024-01-01' => 0
                dtm > '2024-01-01' => 1
                dtm = '2024-01-01 10' => 1
                dtm = '2024-01-01 10:00' => 1
                dtm = '2024-01-01 10:00:00.0' => 1
                dtm = '2024-01-01T10:00:00' => 1
                dtm = '2024-01-01 10.00.00' => 1
                dtm = '24-1-1 10:0:0' => 1
                dtm = '20240101100000' => 1
                dtm = '240101100000' => 1
                dtm = '2024-01-01 10:00:00.0000001' => 1
                dtm = '2024-01-01 10:00:00.9999999' => 0
                dtm < '2024-01-01 10:00:00.9999999' => 1
                dtm = 20240101100000 => 1
                dtm = 20240101 => 0
                dtm = dt => 0
                dtm > dt => 1
                ts = '2024-01-01 10:00:00' => 1
                ts = dtm => 1
                '2024-01-01' = dt => 1
                '2024-01-01' < dt => 0
                '2024-1-1' = '2024-01-01' => 0
                '2024-1-1' = DATE '2024-01-01' => 1
                DATE '2024-01-01' = dt => 1
                TIMESTAMP '2024-01-01 10:00:00' = dtm => 1
                tm = '12:30:00' => 1
                tm = '12:30' => 1
                tm = '12:30:0' => 1
                tm = '0 12:30:00' => 1
                tm = '1 12:30:00' => 0
                tm = '123000' => 1
                tm = '1230' => 0
                tm = '12:30:00.000' => 1
                tm = '12:30:00.5' => 0
                tm = ' 12:30:00' => 1
                tm = '2024-01-01 12:30:00' => 1
                tm = 123000 => 1
                tm = 123000.0 => 1
                tm = 1230 => 0
                tm > 12 => 1
                tm > '1:00:00' => 1
                tm > '-1:00' => 1
                tm < 'abc' => 1
                tm > 'abc' => 0
                tm = '12:30:00x' => 0
                tm < '12:30:00x' => 1
                tm = '12:30:60' => 0
                TIME '12:30:00' = tm => 1
                """);
    }

    @Test
    void anInvalidDateStringComparesAsTheZeroDateWhereMySqlRaisesAnError() {
        // MySQL: ERROR 1525 Incorrect DATE value: 'abc' (in BETWEEN and IN lists only a warning).
        assertThat(ExpressionTesting.value("dt = 'abc'")).isEqualTo("0");
        assertThat(ExpressionTesting.value("dt > 'abc'")).isEqualTo("1");
        assertThat(ExpressionTesting.value("dt > '0000-00-00'")).isEqualTo("1");
    }

    @Test
    void aTimeAgainstADateIsUnknownWhereMySqlUsesTodaysDate() {
        assertThat(ExpressionTesting.value("tm = dtm")).isEqualTo("NULL");
        assertThat(ExpressionTesting.value("tm <=> dt")).isEqualTo("0");
    }
}
