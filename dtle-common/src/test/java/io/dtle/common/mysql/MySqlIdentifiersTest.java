package io.dtle.common.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MySqlIdentifiersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "orders|`orders`",
        "select|`select`",
        "a`b|`a``b`",
        "``|``````",
        "my table|`my table`",
        "a.b|`a.b`",
        "表名|`表名`",
    })
    void quotesWithBackticksDoublingEmbeddedOnes(String name, String quoted) {
        assertThat(MySqlIdentifiers.quote(name)).isEqualTo(quoted);
    }

    @Test
    void keepsLeadingSpacesAndOtherQuotesAsTheyAre() {
        assertThat(MySqlIdentifiers.quote(" it's \"x\"")).isEqualTo("` it's \"x\"`");
    }

    @Test
    void quotesQualifiedNames() {
        assertThat(MySqlIdentifiers.quoteQualified("shop", "orders")).isEqualTo("`shop`.`orders`");
        assertThat(MySqlIdentifiers.quoteQualified("a.b", "c`d")).isEqualTo("`a.b`.`c``d`");
    }

    @Test
    void acceptsSixtyFourCharacters() {
        String longest = "x".repeat(64);

        assertThat(MySqlIdentifiers.requireValid(longest)).isSameAs(longest);
        assertThat(MySqlIdentifiers.quote("表".repeat(64))).hasSize(66);
    }

    @Test
    void rejectsEmptyNames() {
        assertThatThrownBy(() -> MySqlIdentifiers.quote(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MySQL identifier \"\" is empty");
    }

    @Test
    void rejectsNamesLongerThanSixtyFourCharacters() {
        String name = "t".repeat(65);

        assertThatThrownBy(() -> MySqlIdentifiers.quote(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MySQL identifier \"" + name + "\" is longer than 64 characters (65)");
    }

    @Test
    void rejectsNulShowingItVisibly() {
        assertThatThrownBy(() -> MySqlIdentifiers.quote("ab\0c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MySQL identifier \"ab\\0c\" contains NUL (\\0) at position 3");
    }

    @Test
    void rejectsCharactersOutsideTheBasicMultilingualPlane() {
        assertThatThrownBy(() -> MySqlIdentifiers.quote("emoji\uD83D\uDE00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MySQL identifier \"emoji\uD83D\uDE00\" contains a character outside")
                .hasMessageContaining("position 6");
    }

    @Test
    void rejectsTrailingSpaces() {
        assertThatThrownBy(() -> MySqlIdentifiers.requireValid("orders "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MySQL identifier \"orders \" ends with a space, which MySQL does not allow in names");
    }

    @Test
    void namesWhichPartOfAQualifiedNameIsWrong() {
        assertThatThrownBy(() -> MySqlIdentifiers.quoteQualified("", "t"))
                .hasMessage("MySQL database name \"\" is empty");
        assertThatThrownBy(() -> MySqlIdentifiers.quoteQualified("db", "t".repeat(70)))
                .hasMessageStartingWith("MySQL table name \"ttt");
    }

    @Test
    void shortensVeryLongNamesInMessages() {
        assertThatThrownBy(() -> MySqlIdentifiers.quote("n".repeat(500)))
                .hasMessage("MySQL identifier \"" + "n".repeat(100) + "...\" is longer than 64 characters (500)");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> MySqlIdentifiers.quote(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MySqlIdentifiers.quoteQualified("db", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("table name");
    }
}
