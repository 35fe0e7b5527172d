package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BETWEEN and NOT BETWEEN with NULL bounds and mixed types. Expected values are MySQL 8.0.33's, see {@link
 * ExpressionTesting}.
 */
class BetweenTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                i BETWEEN 1 AND 10 => 1
                i BETWEEN 5 AND 5 => 1
                i BETWEEN 6 AND 10 => 0
                i NOT BETWEEN 1 AND 10 => 0
                i NOT BETWEEN 6 AND 10 => 1
                n BETWEEN 1 AND 2 => NULL
                i BETWEEN n AND 10 => NULL
                i BETWEEN n AND 4 => 0
                i BETWEEN 6 AND n => 0
                i BETWEEN 1 AND n => NULL
                i NOT BETWEEN n AND 4 => 1
                i NOT BETWEEN n AND 10 => NULL
                i BETWEEN 10 AND 1 => 0
                i BETWEEN 4 AND '6' => 1
                i BETWEEN '1' AND 'z' => 0
                '5' BETWEEN 1 AND '10' => 1
                '5' BETWEEN '1' AND '10' => 0
                5 BETWEEN '1' AND '10' => 1
                s BETWEEN 'a' AND 'b' => 1
                s BETWEEN 'ABC' AND 'abc' => 1
                s BETWEEN 1 AND 'b' => 0
                bi BETWEEN '9223372036854775806' AND 9223372036854775806 => 0
                d BETWEEN '1.50000000000000000001' AND 2 => 1
                d BETWEEN 1 AND '1.49999999999999999999' => 1
                d BETWEEN 1.5 AND 1.5 => 1
                dt BETWEEN '2023-12-31' AND 20240102 => 1
                dt BETWEEN '2024-01-01' AND '2024-01-01' => 1
                dtm BETWEEN '2024-01-01' AND '2024-01-02' => 1
                dtm BETWEEN '2024-01-01' AND '2024-01-01 09:59:59' => 0
                dt BETWEEN 'a' AND 'z' => 0
                '' BETWEEN b AND dtm => 1
                tm BETWEEN '12:00' AND '13:00' => 1
                i BETWEEN 1 AND 10 AND s = 'abc' => 1
                i + 1 BETWEEN 2 * 3 AND 7 => 1
                """);
    }
}
