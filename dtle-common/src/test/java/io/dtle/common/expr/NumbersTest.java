package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10       | 10
            '1abc'   | 1
            abc      | 0
            ''       | 0
            ' 12'    | 12
            '\t12'   | 12
            1e3      | 1000
            1e3x     | 1000
            1.5e     | 1.5
            1e+      | 1
            .5       | 0.5
            5.       | 5
            -.5      | -0.5
            +5       | 5
            -        | 0
            0x10     | 0
            1e400    | 1.7976931348623157E308
            """)
    void readsTheNumericPrefixAsADouble(String text, double expected) {
        assertThat(Numbers.toDouble(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.50000000000000000001 | 1.50000000000000000001
            '1.5x'                 | 1.5
            abc                    | 0
            1e3                    | 1000
            """)
    void readsTheNumericPrefixAsADecimal(String text, BigDecimal expected) {
        assertThat(Numbers.toDecimal(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            5                    | 5
            ' -5 '               | -5
            +5                   | 5
            9223372036854775807  | 9223372036854775807
            9223372036854775808  | -
            5.0                  | -
            5x                   | -
            ''                   | -
            -                    | -
            """)
    void findsStringsThatAreExactlyIntegers(String text, Long expected) {
        assertThat(Numbers.exactLong(text == null ? "-" : text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5.9x                  | 5
            1e3                   | 1
            ' 7'                  | 7
            abc                   | 0
            99999999999999999999  | -1
            -99999999999999999999 | -9223372036854775808
            18446744073709551615  | -1
            """)
    void castsTheIntegerPrefixLikeCastAsSigned(String text, long expected) {
        assertThat(Numbers.castToLong(text)).isEqualTo(expected);
    }
}
