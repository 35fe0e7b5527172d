package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IF, IFNULL, COALESCE and both forms of CASE, including MySQL's string result type. Expected values are MySQL
 * 8.0.33's, see {@link ExpressionTesting}.
 */
class ConditionalTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                IF(i > 1, 'big', 'small') => big
                IF(i < 1, 'big', 'small') => small
                IF(n, 1, 2) => 2
                IF(NULL, 1, 2) => 2
                IF('0.5', 1, 0) => 1
                IF('abc', 1, 0) => 0
                IF(' 1', 1, 0) => 1
                IF('0e5', 1, 0) => 0
                IF(0.0, 1, 0) => 0
                IF(0.01, 1, 0) => 1
                IF(dt, 1, 0) => 1
                IF(1, n, 2) => NULL
                IF(1, 1, 'a') => 1
                IF(1, 1, 'a') = '1.0' => 0
                IF(1, 1, 2) = '1.0' => 1
                IF(1, 1.50, 'x') LIKE '1.5%' => 1
                IF(i > 1, d, 0) = 1.5 => 1
                IFNULL(n, 'none') => none
                IFNULL(i, 'none') => 5
                IFNULL(i, 'none') = '5.0' => 0
                IFNULL(i, 0) = '5.0' => 1
                IFNULL(n, 0) => 0
                IFNULL(n, n) => NULL
                IFNULL(n, 0) + 1 => 1
                IFNULL('x', 1) + 1 => 1
                COALESCE(n, n, 3) => 3
                COALESCE(n, 'x', 3) => x
                COALESCE(n) => NULL
                COALESCE(i, n) => 5
                COALESCE(n, d) => 1.50
                CASE i WHEN 1 THEN 'one' WHEN 5 THEN 'five' ELSE 'other' END => five
                CASE i WHEN 1 THEN 'one' END => NULL
                CASE i WHEN '5' THEN 'five' END => five
                CASE i WHEN 5.0 THEN 'five' END => five
                CASE WHEN i > 3 THEN 'big' ELSE 'small' END => big
                CASE WHEN i > 9 THEN 'big' WHEN i > 3 THEN 'mid' ELSE 'small' END => mid
                CASE WHEN n THEN 1 ELSE 2 END => 2
                CASE WHEN n > 0 THEN 1 END => NULL
                CASE n WHEN NULL THEN 1 ELSE 2 END => 2
                CASE s WHEN 'abc' THEN 1 ELSE 2 END => 1
                CASE s WHEN 'abc ' THEN 1 ELSE 2 END => 2
                CASE WHEN 1 THEN 2 ELSE 'x' END => 2
                CASE WHEN 1 THEN 2 ELSE 'x' END = '2.0' => 0
                CASE WHEN 1 THEN 2 END = '2.0' => 1
                CASE WHEN 0 THEN 'a' ELSE dt END => 2024-01-01
                IF(i = 5, s, 'x') = 'ABC' => 1
                IF(i = 5, 1, 0) + IF(n IS NULL, 10, 0) => 11
                """);
    }
}
