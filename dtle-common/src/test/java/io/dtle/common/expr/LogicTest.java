package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AND, OR, XOR, NOT (and && || !), IS [NOT] NULL/TRUE/FALSE/UNKNOWN, truth of values, and MySQL's precedence.
 * Expected values are MySQL 8.0.33's, see {@link ExpressionTesting}.
 */
class LogicTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                1 AND 1 => 1
                1 AND 0 => 0
                0 AND n => 0
                n AND 0 => 0
                1 AND n => NULL
                n AND n => NULL
                1 OR 0 => 1
                0 OR 0 => 0
                1 OR n => 1
                n OR 1 => 1
                0 OR n => NULL
                n OR n => NULL
                1 XOR 1 => 0
                1 XOR 0 => 1
                0 XOR 0 => 0
                1 XOR n => NULL
                n XOR 0 => NULL
                NOT 1 => 0
                NOT 0 => 1
                NOT n => NULL
                NOT i => 0
                NOT 'abc' => 1
                NOT '1x' => 0
                NOT '' => 1
                NOT 0.0 => 1
                NOT 0.01 => 0
                NOT '0.01' => 0
                NOT dt => 0
                !i => 0
                !n => NULL
                !0 => 1
                'abc' AND 1 => 0
                '1x' AND 1 => 1
                '0.0001' AND 1 => 1
                ' 1' AND 1 => 1
                '0e5' OR 0 => 0
                d AND 1 => 1
                dt AND 1 => 1
                tm AND 1 => 1
                i = 5 || s = 'x' => 1
                i = 5 && s = 'x' => 0
                i = 4 || n => NULL
                i = 4 && n => 0
                1 OR 0 AND 0 => 1
                (1 OR 0) AND 0 => 0
                1 XOR 1 OR 1 => 1
                1 OR 1 XOR 1 => 1
                0 XOR 1 OR 1 => 1
                1 AND 0 XOR 1 => 1
                1 XOR 1 AND 0 => 1
                NOT 0 AND 0 => 0
                NOT 1 XOR 1 => 1
                !i = 0 => 1
                !i + 1 = 1 => 1
                !(i = 0) => 1
                ! n IS NULL => 1
                NOT i = 0 => 1
                NOT i IN (1) => 1
                NOT i IN (5) AND 1 => 0
                !0 IN (1) => 1
                i IS NULL => 0
                n IS NULL => 1
                i IS NOT NULL => 1
                n IS NOT NULL => 0
                i IS TRUE => 1
                n IS TRUE => 0
                0 IS TRUE => 0
                i IS NOT TRUE => 0
                n IS NOT TRUE => 1
                0 IS FALSE => 1
                n IS FALSE => 0
                n IS NOT FALSE => 1
                'abc' IS FALSE => 1
                'abc' IS TRUE => 0
                n IS UNKNOWN => 1
                i IS UNKNOWN => 0
                n IS NOT UNKNOWN => 0
                (i > 1) IS TRUE => 1
                (n > 1) IS UNKNOWN => 1
                TRUE => 1
                FALSE => 0
                TRUE + TRUE => 2
                """);
    }
}
