package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LIKE and NOT LIKE: wildcards, escapes, ESCAPE, case and accents, binary strings. Expected values are MySQL
 * 8.0.33's, see {@link ExpressionTesting}.
 */
class LikeTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                s LIKE 'a%' => 1
                s LIKE 'A%' => 1
                s LIKE 'a_c' => 1
                s LIKE '_' => 0
                s LIKE '___' => 1
                s LIKE '%' => 1
                s LIKE '%b%' => 1
                s LIKE '%c' => 1
                s LIKE '%d' => 0
                s NOT LIKE '%b%' => 0
                s NOT LIKE 'x%' => 1
                s2 LIKE 'abc' => 0
                s2 LIKE 'abc%' => 1
                s2 LIKE 'abc_' => 1
                'abc' LIKE 'abc ' => 0
                '' LIKE '%' => 1
                '' LIKE '_' => 0
                '' LIKE '' => 1
                n LIKE '%' => NULL
                s LIKE n => NULL
                n NOT LIKE '%' => NULL
                'a%c' LIKE 'a\\%c' => 1
                'abc' LIKE 'a\\%c' => 0
                'a_c' LIKE 'a\\_c' => 1
                'abc' LIKE 'a\\_c' => 0
                'a\\\\c' LIKE 'a\\\\\\\\c' => 1
                'a\\\\' LIKE 'a\\\\' => 1
                'ab' LIKE 'ab\\\\' => 0
                'a_c' LIKE 'a|_c' ESCAPE '|' => 1
                'abc' LIKE 'a|_c' ESCAPE '|' => 0
                'a|c' LIKE 'a||c' ESCAPE '|' => 1
                'a%c' LIKE 'a!%c' ESCAPE '!' => 1
                'a\\\\c' LIKE 'a\\\\c' ESCAPE '|' => 1
                'abc' LIKE 'ABC' ESCAPE '' => 1
                'a_c' LIKE 'a\\_c' ESCAPE '' => 0
                'é' LIKE 'e' => 1
                'É' LIKE 'e%' => 1
                'ss' LIKE 'ß' => 0
                'ß' LIKE 's%' => 0
                'ß' LIKE '_' => 1
                'Straße' LIKE 'stra_e' => 1
                'a\\0' LIKE 'a' => 0
                'aXbXc' LIKE '%b%c' => 1
                'aXbXc' LIKE '%b%d' => 0
                'abcabc' LIKE '%abc' => 1
                'aaa' LIKE 'a%a%a' => 1
                'aa' LIKE 'a%a%a' => 0
                'mississippi' LIKE '%iss%ppi' => 1
                5 LIKE '5' => 1
                1.50 LIKE '1.5%' => 1
                d LIKE '1.50' => 1
                dt LIKE '2024%' => 1
                dtm LIKE '%10:00:00' => 1
                i LIKE 5 => 1
                b LIKE 'A%' => 1
                b LIKE 'a%' => 0
                b LIKE '_bc' => 1
                s LIKE BINARY 'abc' => 0
                s LIKE BINARY 'Abc' => 1
                '😀x' LIKE '_x' => 1
                """);
    }
}
