package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date functions YEAR, MONTH, DAY/DAYOFMONTH and DATE. Expected values are MySQL 8.0.33's, see {@link
 * ExpressionTesting}.
 */
class FunctionBuilderTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                YEAR(dt) => 2024
                YEAR(dtm) => 2024
                YEAR('2024-05-06') => 2024
                YEAR('24-05-06') => 2024
                YEAR(20240105) => 2024
                YEAR('2024-13-01') => NULL
                YEAR('abc') => NULL
                YEAR(n) => NULL
                YEAR(0) => 0
                YEAR(0.5) => 0
                YEAR(1) => NULL
                YEAR('0000-00-00') => NULL
                MONTH(dt) => 1
                MONTH(dtm) => 1
                MONTH('2024-05-06 10:00:00') => 5
                MONTH(0) => 0
                MONTH(-1) => NULL
                DAY(dt) => 1
                DAY('2024-02-29') => 29
                DAY('2023-02-29') => NULL
                DAYOFMONTH('2024-05-06') => 6
                DAYOFMONTH(n) => NULL
                DATE(dtm) => 2024-01-01
                DATE(dt) => 2024-01-01
                DATE('2024-01-01 23:59') => 2024-01-01
                DATE('2024-01-01') => 2024-01-01
                DATE(20240101) => 2024-01-01
                DATE(20240101103000) => 2024-01-01
                DATE('abc') => NULL
                DATE(0) => NULL
                DATE(n) => NULL
                DATE(dtm) = '2024-01-01' => 1
                DATE(dtm) = dt => 1
                YEAR(dt) = 2024 AND MONTH(dt) = 1 => 1
                """);
    }
}
