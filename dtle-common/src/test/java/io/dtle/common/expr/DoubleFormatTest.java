package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are MySQL 8.0.33's CONCAT(double). */
class DoubleFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0.30000000000000004, 0.30000000000000004
            1e15, 1e15
            1.5e15, 1.5e15
            1e14, 100000000000000
            999999999999999, 999999999999999
            1234567890123456, 1.234567890123456e15
            12345678901234567, 1.2345678901234568e16
            1.5e-5, 0.000015
            1e-15, 0.000000000000001
            1.5e-15, 0.0000000000000015
            1e-16, 1e-16
            1.2345e-10, 0.00000000012345
            1.23456789012345678e-5, 1.2345678901234568e-5
            1.234567e-14, 0.00000000000001234567
            -1.234567e-14, -1.234567e-14
            -1.5e-7, -0.00000015
            -1.0842021724855045e-20, -1.084202172485504e-20
            1.0842021724855045e-20, 1.0842021724855045e-20
            -1.0842021724855045e-200, -1.0842021724855e-200
            1e100, 1e100
            1.5e300, 1.5e300
            0.1, 0.1
            1, 1
            -0.0, -0
            0, 0
            123456789, 123456789
            """)
    void writesDoublesLikeMySql(double value, String expected) {
        assertThat(DoubleFormat.format(value)).isEqualTo(expected);
    }
}
