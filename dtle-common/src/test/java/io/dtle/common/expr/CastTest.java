package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CAST to every supported type. Expected values are MySQL 8.0.33's, see {@link ExpressionTesting}. */
class CastTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                CAST(5.5 AS SIGNED) => 6
                CAST(-5.5 AS SIGNED) => -6
                CAST(2.5 AS SIGNED) => 3
                CAST(-2.5 AS SIGNED) => -3
                CAST(2.5e0 AS SIGNED) => 2
                CAST(3.5e0 AS SIGNED) => 4
                CAST(-2.5e0 AS SIGNED) => -2
                CAST('5.5' AS SIGNED) => 5
                CAST('5.9x' AS SIGNED) => 5
                CAST('abc' AS SIGNED) => 0
                CAST(' 7' AS SIGNED) => 7
                CAST('1e3' AS SIGNED) => 1
                CAST(1e3 AS SIGNED) => 1000
                CAST(1e30 AS SIGNED) => 9223372036854775807
                CAST('99999999999999999999' AS SIGNED) => -1
                CAST('-99999999999999999999' AS SIGNED) => -9223372036854775808
                CAST('18446744073709551615' AS SIGNED) => -1
                CAST(99999999999999999999 AS SIGNED) => 9223372036854775807
                CAST(18446744073709551615 AS SIGNED) => -1
                CAST(ub AS SIGNED) => -1
                CAST(9223372036854775807.5 AS SIGNED) => 9223372036854775807
                CAST(-9223372036854775809 AS SIGNED) => -9223372036854775808
                CAST(n AS SIGNED) => NULL
                CAST(d AS SIGNED) => 2
                CAST(dt AS SIGNED) => 20240101
                CAST(i AS SIGNED INTEGER) => 5
                CAST(-1 AS UNSIGNED) => 18446744073709551615
                CAST(-1.5 AS UNSIGNED) => 18446744073709551614
                CAST(5 AS UNSIGNED) => 5
                CAST('abc' AS UNSIGNED) => 0
                CAST(i AS UNSIGNED INTEGER) => 5
                CAST(1.25 AS DECIMAL(3,1)) => 1.3
                CAST(1.35 AS DECIMAL(3,1)) => 1.4
                CAST(-1.25 AS DECIMAL(3,1)) => -1.3
                CAST(1000 AS DECIMAL(3,1)) => 99.9
                CAST(-1000 AS DECIMAL(3,1)) => -99.9
                CAST('abc' AS DECIMAL(5,2)) => 0.00
                CAST('1.005' AS DECIMAL(5,2)) => 1.01
                CAST(1.005e0 AS DECIMAL(5,2)) => 1.01
                CAST(1.125 AS DECIMAL(5,2)) => 1.13
                CAST(-1.125 AS DECIMAL(5,2)) => -1.13
                CAST(1.5 AS DECIMAL) => 2
                CAST(123456789012 AS DECIMAL) => 9999999999
                CAST(1.5 AS DECIMAL(5)) => 2
                CAST(i AS DECIMAL(5,2)) => 5.00
                CAST(n AS DECIMAL(5,2)) => NULL
                CAST(12.5 AS CHAR(1)) => 1
                CAST(12.5 AS CHAR) => 12.5
                CAST(1.5 AS CHAR) => 1.5
                CAST(1e0 AS CHAR) => 1
                CAST(0.1e0 AS CHAR) => 0.1
                CAST(i AS CHAR) = '5' => 1
                CAST(dt AS CHAR) => 2024-01-01
                CAST(s AS CHAR(2)) => Ab
                CAST(n AS CHAR) => NULL
                CAST(s AS BINARY) = 'abc' => 0
                CAST(s AS BINARY) = 'Abc' => 1
                CAST('2024-01-01' AS DATE) => 2024-01-01
                CAST('2024-01-01 10:00' AS DATETIME) => 2024-01-01 10:00:00
                CAST('2024-01-01 10:00' AS DATE) => 2024-01-01
                CAST(20240101 AS DATE) => 2024-01-01
                CAST(20240101103000 AS DATETIME) => 2024-01-01 10:30:00
                CAST('x' AS DATE) => NULL
                CAST('x' AS DATETIME) => NULL
                CAST('2024-01-01 10:00:00.5' AS DATETIME) => 2024-01-01 10:00:01
                CAST('2024-01-01 10:00:00.4' AS DATETIME) => 2024-01-01 10:00:00
                CAST('9999-12-31 23:59:59.5' AS DATETIME) => NULL
                CAST('9999-12-31 23:59:59.96' AS DATETIME(1)) => NULL
                CAST('9999-12-31 23:59:59.94' AS DATETIME(1)) => 9999-12-31 23:59:59.900000
                CAST('10:00:00.6' AS TIME) => 10:00:01
                CAST('-1:00:00' AS TIME) => -01:00:00
                CAST('838:59:59' AS TIME) => 838:59:59
                CAST(dtm AS DATE) => 2024-01-01
                CAST(dt AS DATETIME) => 2024-01-01 00:00:00
                CAST(dtm AS TIME) => 10:00:00
                CAST(dtm AS DATE) = dt => 1
                CAST(s AS DATE) => NULL
                CAST('1.5' AS DOUBLE) => 1.5
                CAST(d AS DOUBLE) => 1.5
                CAST('abc' AS DOUBLE) => 0
                """);
    }

    @Test
    void fractionalSecondsAreWrittenWithSixDigits() {
        // MySQL writes as many digits as the type's precision: 2024-01-01 10:00:00.5 for DATETIME(1).
        assertThat(ExpressionTesting.value("CAST('2024-01-01 10:00:00.5' AS DATETIME(1))"))
                .isEqualTo("2024-01-01 10:00:00.500000");
        assertThat(ExpressionTesting.value("CAST('10:00:00.6' AS TIME(1))")).isEqualTo("10:00:00.600000");
    }
}
