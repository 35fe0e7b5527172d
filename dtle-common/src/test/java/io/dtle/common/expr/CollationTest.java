package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Orders and equalities checked against MySQL 8.0.33's utf8mb4_0900_ai_ci (WEIGHT_STRING and comparisons). */
class CollationTest {
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a      | =  | A
            a      | =  | á
            é      | =  | E
            ß      | =  | ss
            Æ      | =  | ae
            ø      | =  | O
            ấ      | =  | a
            Ａ     | =  | a
            ﬁ      | =  | fi
            α      | =  | Ά
            σ      | =  | ς
            д      | =  | Д
            a\u0000 | = | a
            a      | <  | 'a '
            _      | <  | a
            _      | <  | 0
            _      | <  | -
            9      | <  | a
            Z      | >  | a
            e      | <  | f
            é      | <  | f
            z      | <  | α
            α      | <  | 中
            😀     | <  | 😁
            abc    | <  | abd
            ab     | <  | abc
            """)
    void comparesLikeUtf8mb4_0900_ai_ci(String a, String relation, String b) {
        int comparison = Collation.UTF8MB4_0900_AI_CI.compare(a, b);
        switch (relation) {
            case "=" -> assertThat(comparison).isZero();
            case "<" -> assertThat(comparison).isNegative();
            default -> assertThat(comparison).isPositive();
        }
        assertThat(Integer.signum(Collation.UTF8MB4_0900_AI_CI.compare(b, a))).isEqualTo(-Integer.signum(comparison));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a | = | a
            a | < | b
            B | < | a
            a | < | á
            """)
    void comparesCodePointsUnderTheBinaryCollation(String a, String relation, String b) {
        int comparison = Collation.UTF8MB4_0900_BIN.compare(a, b);
        assertThat(Integer.signum(comparison)).isEqualTo(relation.equals("=") ? 0 : relation.equals("<") ? -1 : 1);
    }

    @ParameterizedTest(name = "{0} LIKE-equals {1}: {2}")
    @CsvSource(textBlock = """
            a, A, true
            é, e, true
            ß, s, false
            a, b, false
            """)
    void matchesLikeCharactersOneByOne(String a, String b, boolean same) {
        assertThat(Collation.UTF8MB4_0900_AI_CI.sameCharacter(a.codePointAt(0), b.codePointAt(0))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            UTF8MB4_0900_AI_CI, utf8mb4_0900_ai_ci
            UTF8MB4_0900_BIN, utf8mb4_0900_bin
            """)
    void isNamedAsInMySql(Collation collation, String name) {
        assertThat(collation.mysqlName()).isEqualTo(name);
        assertThat(Collation.DEFAULT).isEqualTo(Collation.UTF8MB4_0900_AI_CI);
    }
}
