package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GtidTest {
    private static final String U = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final UUID UUID_U = UUID.fromString(U);

    @Test
    void parsesAndPrintsMySqlForm() {
        Gtid gtid = Gtid.parse(U + ":23");

        assertThat(gtid.sourceUuid()).isEqualTo(UUID_U);
        assertThat(gtid.transactionNumber()).isEqualTo(23);
        assertThat(gtid.tag()).isEmpty();
        assertThat(gtid.isTagged()).isFalse();
        assertThat(gtid).hasToString(U + ":23").isEqualTo(Gtid.of(UUID_U, 23)).hasSameHashCodeAs(Gtid.of(UUID_U, 23));
    }

    @Test
    void acceptsUpperCaseAndWhitespaceLikeMySql() {
        assertThat(Gtid.parse("  " + U.toUpperCase() + " : 23\n")).hasToString(U + ":23");
    }

    @Test
    void tagIsPartOfTheIdentityAndPrintedInLowerCase() {
        Gtid tagged = Gtid.parse(U + ":Batch_7:5");

        assertThat(tagged.tag()).isEqualTo("batch_7");
        assertThat(tagged.isTagged()).isTrue();
        assertThat(tagged).hasToString(U + ":batch_7:5")
                .isEqualTo(Gtid.of(UUID_U, "BATCH_7", 5))
                .isNotEqualTo(Gtid.of(UUID_U, 5))
                .isNotEqualTo(Gtid.of(UUID_U, "batch_8", 5));
        assertThat(Gtid.of(UUID_U, "", 5)).isEqualTo(Gtid.of(UUID_U, 5));
    }

    @Test
    void differsByNumberAndUuid() {
        assertThat(Gtid.of(UUID_U, 1)).isNotEqualTo(Gtid.of(UUID_U, 2)).isNotEqualTo(null).isNotEqualTo(U + ":1");
        assertThat(Gtid.of(UUID_U, 1)).isNotEqualTo(Gtid.of(new UUID(0, 1), 1));
    }

    @Test
    void takesTheWholeRangeOfTransactionNumbers() {
        assertThat(Gtid.parse(U + ":1").transactionNumber()).isEqualTo(1);
        assertThat(Gtid.parse(U + ":9223372036854775806").transactionNumber()).isEqualTo(Gtid.MAX_TRANSACTION_NUMBER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3e11fa47-71ca-11e1-9e33-c80aa9429562|\"3e11fa47-71ca-11e1-9e33-c80aa9429562\" does not have 2 or 3 parts separated by ':'",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:a:b:1|\"3e11fa47-71ca-11e1-9e33-c80aa9429562:a:b:1\" does not have 2 or 3 parts",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:|\"\" is not a transaction number; expected UUID:N or UUID:TAG:N",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5|\"1-5\" is not a transaction number; expected UUID:N or UUID:TAG:N",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:-1|\"-1\" is not a transaction number",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:0|\"0\" is 0, but transaction numbers start at 1",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:9223372036854775807|\"9223372036854775807\" is out of range: transaction numbers go up to 9223372036854775806",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:1:2|\"1\" is not a tag; expected a tag: a letter or _ then up to 31 letters, digits or _",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:a-b:2|\"a-b\" is not a tag",
        "3e11fa47:1|\"3e11fa47\" is not a UUID; expected 36 characters like 3e11fa47-71ca-11e1-9e33-c80aa9429562",
    })
    void rejectsMalformedTextQuotingTheBadPart(String text, String message) {
        assertThatThrownBy(() -> Gtid.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GTID \"" + text + "\": ")
                .hasMessageContaining(message);
    }

    @Test
    void rejectsOutOfRangeNumbersAndBadTagsFromCode() {
        assertThatThrownBy(() -> Gtid.of(UUID_U, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GTID " + U + ":0: transaction numbers go from 1 to 9223372036854775806");
        assertThatThrownBy(() -> Gtid.of(UUID_U, Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gtid.of(UUID_U, "9lives", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"9lives\" is not a tag");
        assertThatThrownBy(() -> Gtid.of(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Gtid.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
