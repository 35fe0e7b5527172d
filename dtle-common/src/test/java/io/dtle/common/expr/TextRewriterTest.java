package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRewriterTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ==> ", quoteCharacter = '~', textBlock = """
            a = 1 || b = 2 ==> a = 1  OR  b = 2
            a && b ==> a  AND  b
            a = "it's" ==> a = 'it''s'
            a = "say ""hi"" now" ==> a = 'say "hi" now'
            a = "x\\"y" ==> a = 'x\\"y'
            a MOD 2 ==> a % 2
            MOD(a, 2) ==> MOD(a, 2)
            a IN (1, 2) AND b ==> (a IN (1, 2)) AND b
            a NOT IN (1) OR b ==> (a NOT IN (1)) OR b
            NOT a IN (1) ==> NOT (a IN (1))
            x = a + 1 IN (2) ==> x = (a + 1 IN (2))
            f(a) IN (1) ==> (f(a) IN (1))
            CASE WHEN a THEN 1 END IN (1) ==> (CASE WHEN a THEN 1 END IN (1))
            (a IN (1)) ==> (a IN (1))
            a IN (b IN (1), 2) ==> (a IN ((b IN (1)), 2))
            SUBSTRING(a, 2) ==> `SUBSTRING`(a, 2)
            substr(a, 2) ==> `substr`(a, 2)
            SUBSTRING(a FROM 2) ==> SUBSTRING(a FROM 2)
            a = 'x || y' /* MOD */ ==> a = 'x || y' /* MOD */
            `a||b` = 1 ==> `a||b` = 1
            """)
    void adjustsTokensButNeverStringsOrNames(String text, String expected) {
        assertThat(TextRewriter.rewrite(text)).isEqualTo(expected);
    }
}
