package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arithmetic, integer overflow into DECIMAL, decimal division, division by zero, ABS. Expected values are MySQL
 * 8.0.33's, see {@link ExpressionTesting}.
 */
class ArithmeticTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                1 + 1 => 2
                i + 1 => 6
                i - 7 => -2
                i * 3 => 15
                1 + 1.50 => 2.50
                1.5 + 1.50 => 3.00
                3 * 1.50 => 4.50
                1.5 * 1.5 => 2.25
                2.5 * 2 => 5.0
                i * d => 7.50
                1.00000 / 3 => 0.333333333
                1 / 3 = 0.3333 => 0
                1 / 3 * 3 = 1 => 0
                1 / 3 > 0.333333333 => 0
                1 / 3 = 0.333333333 => 1
                1.0 / 3 = 0.333333333333333333 => 0
                10 / 4 = 2.5 => 1
                i / 2 = 2.5 => 1
                1 / 0 => NULL
                1.5 / 0 => NULL
                1e0 / 0 => NULL
                i / n => NULL
                1 DIV 0 => NULL
                5 % 0 => NULL
                5 MOD 0 => NULL
                7 DIV 2 => 3
                -7 DIV 2 => -3
                7.5 DIV 2 => 3
                '7.9' DIV 2 => 3
                5 DIV 2.5 => 2
                i DIV 2 => 2
                -7 % 3 => -1
                7 % -3 => 1
                -7.5 % 2 => -1.5
                5.5 MOD 2 => 1.5
                5.5 % 2.25 => 1.00
                i % 2 => 1
                i MOD 3 => 2
                MOD(i, 3) => 2
                MOD(-7, 3) => -1
                i mod (3) => 2
                i % 2 = 1 => 1
                1e0 / 3 => 0.3333333333333333
                '1' / 3 => 0.3333333333333333
                '1' + '2' => 3
                'abc' + 1 => 1
                '1e3' + 0 => 1000
                '1.5e' + 0 => 1.5
                '+5' + 0 => 5
                '-' + 0 => 0
                ' 12' + 0 => 12
                '5x' * 2 => 10
                0.1 + 0.2 => 0.3
                0.1 + 0.2 = 0.3 => 1
                0.1e0 + 0.2e0 => 0.30000000000000004
                0.1e0 + 0.2e0 = 0.3e0 => 0
                1e15 + 0 => 1e15
                1e14 + 0 => 100000000000000
                1.5e-5 + 0 => 0.000015
                1e0 * 3 => 3
                2e0 / 3 => 0.6666666666666666
                9223372036854775807 - 1 => 9223372036854775806
                -9223372036854775807 - 1 => -9223372036854775808
                9223372036854775808 => 9223372036854775808
                9223372036854775808 + 1 => 9223372036854775809
                99999999999999999999 * 10 => 999999999999999999990
                -9223372036854775808 => -9223372036854775808
                18446744073709551615 => 18446744073709551615
                -i => -5
                - d => -1.50
                -'5' => -5
                -n => NULL
                -(-5) => 5
                i - -1 => 6
                2 * -i => -10
                -i * 2 => -10
                dt + 0 => 20240101
                dtm + 0 => 20240101100000
                tm + 0 => 123000
                y + 1 => 2025
                bt + 0 => 5
                d + n => NULL
                n * 0 => NULL
                i + 2 * 3 => 11
                (i + 2) * 3 => 21
                i - 2 - 1 => 2
                ABS(-5) => 5
                ABS(5) => 5
                ABS('-5.5') => 5.5
                ABS(-1.50) => 1.50
                ABS(n) => NULL
                ABS(-i) => 5
                ABS(-1.5e0) => 1.5
                """);
    }

    @Test
    void bigintOverflowGivesAnExactDecimalWhereMySqlRaisesAnError() {
        // MySQL: ERROR 1690 (22003) BIGINT value is out of range.
        assertThat(ExpressionTesting.value("9223372036854775807 + 1")).isEqualTo("9223372036854775808");
        assertThat(ExpressionTesting.value("bi * 2")).isEqualTo("18446744073709551614");
        assertThat(ExpressionTesting.value("-9223372036854775807 - 2")).isEqualTo("-9223372036854775809");
    }

    @Test
    void aDecimalQuotientShowsItsInternalDigitsAsAString() {
        // MySQL shows 2.5000 and 0.3333 (div_precision_increment digits) but compares the digits below.
        assertThat(ExpressionTesting.value("10 / 4")).isEqualTo("2.500000000");
        assertThat(ExpressionTesting.value("1 / 3")).isEqualTo("0.333333333");
        assertThat(ExpressionTesting.value("1.50 / 0.7")).isEqualTo("2.142857142857142857");
    }
}
