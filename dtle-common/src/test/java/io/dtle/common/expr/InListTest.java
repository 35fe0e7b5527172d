package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IN and NOT IN with NULLs, mixed types and MySQL's precedence around them. Expected values are MySQL 8.0.33's,
 * see {@link ExpressionTesting}.
 */
class InListTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                i IN (5) => 1
                i IN (1, 5) => 1
                i IN (1, 2) => 0
                i NOT IN (1, 2) => 1
                i NOT IN (5, 6) => 0
                i IN (1, n) => NULL
                i IN (5, n) => 1
                i NOT IN (1, n) => NULL
                i NOT IN (5, n) => 0
                n IN (1, 2) => NULL
                n NOT IN (1, 2) => NULL
                n IN (n) => NULL
                i IN ('5', 6.0) => 1
                i IN ('5x', 'y') => 1
                i IN ('5.5', 1) => 0
                s IN ('x', 'abc') => 1
                s IN ('x', 'y') => 0
                s IN (0, 'x') => 1
                s IN (1, 'x') => 0
                s NOT IN ('ABC') => 0
                '5.0' IN ('5', 5) => 1
                '5.0' IN ('5', 6) => 0
                5 IN ('5.0', 'x') => 1
                bi IN ('9223372036854775806') => 0
                bi IN ('9223372036854775806', 1) => 1
                bi IN (9223372036854775806, 1e0) => 0
                d IN ('1.50000000000000000001') => 0
                d IN ('1.50000000000000000001', 1) => 1
                dt IN ('2024-01-01 00:00:00') => 1
                dt IN ('2024-01-01 10:00:00') => 0
                dt IN ('2024-01-01', 20240101) => 1
                dt IN ('2024-01-01', 'x') => 1
                i IN (1, 2) AND s = 'abc' => 0
                s = 'abc' AND i IN (5, 6) AND d > 1 => 1
                i NOT IN (1) AND s = 'abc' => 1
                s = 'x' OR i IN (5) AND d > 1 => 1
                (i IN (1, 5)) = 1 => 1
                i IN (1, 5) = 1 => 1
                """);
    }

    @Test
    void comparesValueByValueWhenDatesAndNumbersAreMixed() {
        // MySQL 8.0.33 gives 0 here: it compares the whole list as dates and 5 is no date.
        assertThat(ExpressionTesting.value("dt IN (20240101, 5)")).isEqualTo("1");
    }
}
