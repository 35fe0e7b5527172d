package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CONCAT, SUBSTRING/SUBSTR, LOWER/UPPER, LENGTH, CHAR_LENGTH, TRIM/LTRIM/RTRIM, and how values turn into
 * strings. Expected values are MySQL 8.0.33's, see {@link ExpressionTesting}.
 */
class StringFunctionsTest {
    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("cases")
    void givesWhatMySqlGives(String expression, String expected) {
        assertThat(ExpressionTesting.value(expression)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return ExpressionTesting.cases("""
                CONCAT('a', 'b') => ab
                CONCAT('a', 1, 1.50, 1e0) => a11.501
                CONCAT('a', n) => NULL
                CONCAT(n, 'a') => NULL
                CONCAT(s, '-', i) => Abc-5
                CONCAT(dt, ' ', tm) => 2024-01-01 12:30:00
                CONCAT(dtm) => 2024-01-01 10:00:00
                CONCAT(d) => 1.50
                CONCAT(db) => 0.1
                CONCAT(0.1e0 + 0.2e0) => 0.30000000000000004
                CONCAT(1e15) => 1e15
                CONCAT(1e14 + 0) => 100000000000000
                CONCAT(123456789012345678e0) => 1.2345678901234568e17
                CONCAT(1.5e-5) => 0.000015
                CONCAT(-1.5e-7) => -0.00000015
                CONCAT(1e-16) => 1e-16
                CONCAT(1.5e-15) => 0.0000000000000015
                CONCAT(1.2345678901234567e-5) => 1.2345678901234568e-5
                CONCAT(-1.0842021724855045e-20) => -1.084202172485504e-20
                CONCAT(1e100) => 1e100
                CONCAT(-0e0) => -0
                CONCAT(TRUE) => 1
                CONCAT(i > 1) => 1
                CONCAT(s) = 'abc' => 1
                CONCAT(b) = 'abc' => 0
                SUBSTRING('hello', 2) => ello
                SUBSTRING('hello', -2) => lo
                SUBSTRING('hello', 0) => ""
                SUBSTRING('hello', 2, 2) => el
                SUBSTRING('hello', 2, -1) => ""
                SUBSTRING('hello', 2, 0) => ""
                SUBSTRING('hello', 10) => ""
                SUBSTRING('hello', -10) => ""
                SUBSTRING('hello', 4, 100) => lo
                SUBSTRING('hello' FROM 2 FOR 3) => ell
                SUBSTRING('hello' FROM 2) => ello
                SUBSTR('héllo', 2, 2) => él
                SUBSTR('hello', 3) => llo
                SUBSTRING(12345, 2, 2) => 23
                SUBSTRING('hello', 1.5) => ello
                SUBSTRING('hello', 1.4) => hello
                SUBSTRING('hello', '2') => ello
                SUBSTRING('hello', 2, 1.5) => el
                SUBSTRING('hello', n) => NULL
                SUBSTRING(n, 1) => NULL
                SUBSTRING('hello', 1, n) => NULL
                SUBSTRING(s, 1, 1) = 'a' => 1
                SUBSTRING(b, 1, 1) = 'a' => 0
                SUBSTRING((i BETWEEN 1 AND 9), 1) => 1
                LOWER('ÀB') => àb
                LOWER(s) => abc
                LCASE(s) => abc
                UPPER('héllo') => HÉLLO
                UPPER('ß') => ß
                UCASE(s) => ABC
                UPPER(1.5) => 1.5
                UPPER(n) => NULL
                LOWER(b) = 'abc' => 0
                LENGTH('héllo') => 6
                LENGTH('') => 0
                LENGTH('😀') => 4
                LENGTH(1.50) => 4
                LENGTH(n) => NULL
                LENGTH(b) => 3
                LENGTH(dt) => 10
                LENGTH(s2) => 4
                CHAR_LENGTH('héllo') => 5
                CHAR_LENGTH('😀') => 1
                CHAR_LENGTH(s2) => 4
                CHAR_LENGTH(n) => NULL
                CHAR_LENGTH(12.5) => 4
                TRIM('  a  ') => a
                TRIM(LEADING 'x' FROM 'xxa') => a
                TRIM(LEADING 'X' FROM 'xxa') => xxa
                TRIM(TRAILING 'ab' FROM 'xabab') => x
                TRIM(BOTH 'a' FROM 'aaa') => ""
                TRIM('x' FROM 'xax') => a
                TRIM(BOTH FROM '  a ') => a
                TRIM(LEADING FROM '  a ') => "a "
                TRIM('' FROM 'abc') => abc
                CONCAT('[', TRIM('\\ta\\t'), ']') => [	a	]
                CONCAT('[', LTRIM('  a '), ']') => [a ]
                CONCAT('[', RTRIM(' a  '), ']') => [ a]
                TRIM(n) => NULL
                TRIM(LEADING n FROM 'a') => NULL
                TRIM(s2) = 'abc' => 1
                TRIM(123.450) => 123.450
                """);
    }

    @Test
    void aFloatColumnIsADoubleAsAString() {
        // MySQL writes the FLOAT 0.1 as 0.1; comparisons agree (f = 0.1 is FALSE in both).
        assertThat(ExpressionTesting.value("CONCAT(f)")).isEqualTo("0.10000000149011612");
    }
}
