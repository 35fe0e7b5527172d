package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comparison operators and MySQL's coercions between numbers, strings and binary strings, with NULL. Expected
 * values are MySQL 8.0.33's, see {@link ExpressionTesting}.
 */
class ComparisonTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                i = 5 => 1
                i <> 5 => 0
                i != 4 => 1
                i < 6 => 1
                i <= 5 => 1
                i > 5 => 0
                i >= 5 => 1
                n = 1 => NULL
                n <> 1 => NULL
                n < 1 => NULL
                1 = n => NULL
                n = n => NULL
                i <=> 5 => 1
                n <=> NULL => 1
                n <=> 5 => 0
                NULL <=> NULL => 1
                5 <=> NULL => 0
                '10' = 10 => 1
                10 = '10' => 1
                '10.0' = 10 => 1
                '1abc' = 1 => 1
                'a' = 0 => 1
                'abc' = 1 => 0
                ' 12' = 12 => 1
                '1e3' = 1000 => 1
                '.5' = 0.5 => 1
                '0x10' = 16 => 0
                '-5' = -5 => 1
                i = '5' => 1
                i = '5.0' => 1
                i = '5.5' => 0
                i < '5.5' => 1
                i = '5x' => 1
                s = 'abc' => 1
                s = 'ABC' => 1
                s = 'abc ' => 0
                s2 = 'abc' => 0
                s2 = 'ABC ' => 1
                s < 'abd' => 1
                s > 'ab' => 1
                'a' < '_' => 0
                '_' < '0' => 1
                '0' < 'a' => 1
                'Z' < 'a' => 0
                'a' = 'A' => 1
                'é' = 'E' => 1
                'ß' = 'ss' => 1
                '10' < '9' => 1
                '1.0' = '1' => 0
                '' = ' ' => 0
                '' < ' ' => 1
                b = 'abc' => 0
                b = 'Abc' => 1
                b > 'ABC' => 1
                d = 1.5 => 1
                d = '1.5' => 1
                d = 1.50000000000000000001 => 0
                d = '1.50000000000000000001' => 0
                d < '1.50000000000000000001' => 1
                1.50 = '1.50000000000000000001' => 1
                f = 0.1 => 0
                db = 0.1 => 1
                f = 0.1e0 => 0
                1 = 1.0 => 1
                1 = 1.0e0 => 1
                5 = 5.0000000000000000001 => 0
                '5' = 5.0000000000000000001 => 1
                bi = 9223372036854775807 => 1
                bi = '9223372036854775807' => 1
                bi = '9223372036854775806' => 0
                bi + 0 = '9223372036854775806' => 1
                bi = 9223372036854775806e0 => 1
                ub = 18446744073709551615 => 1
                ub > bi => 1
                y = 2024 => 1
                y = '2024' => 1
                bt = 5 => 1
                e = 'Y' => 1
                st = 'a,c' => 1
                TRUE = 1 => 1
                FALSE = 0 => 1
                TRUE = 'true' => 0
                """);
    }
}
