package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and canonical text of {@link GtidSet}; the strings are the ones MySQL prints. */
class GtidSetParserTest {
    private static final String U1 = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final String U2 = "8a94f357-aab4-11df-86ab-c80aa9429562";
    private static final String U3 = "e6e53f46-1b33-11ec-b1d2-0242ac110002";

    @Test
    void readsWhatShowMasterStatusPrintsForOneServer() {
        assertThat(GtidSet.parse(U1 + ":1-5")).hasToString(U1 + ":1-5");
    }

    @Test
    void readsAndPrintsAMultiServerGtidExecutedExactly() {
        String executed = U1 + ":1-5:11-18,\n" + U2 + ":1-100:102,\n" + U3 + ":7";

        GtidSet set = GtidSet.parse(executed);

        assertThat(set).hasToString(executed);
        assertThat(set.toCompactString()).isEqualTo(U1 + ":1-5:11-18," + U2 + ":1-100:102," + U3 + ":7");
        assertThat(GtidSet.parse(set.toCompactString())).isEqualTo(set);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", ",", " , ,\n"})
    void readsEmptyTextAsTheEmptySet(String text) {
        GtidSet set = GtidSet.parse(text);

        assertThat(set.isEmpty()).isTrue();
        assertThat(set).hasToString("").isSameAs(GtidSet.empty());
    }

    @Test
    void printsUuidsInLowerCaseAndInByteOrder() {
        GtidSet set = GtidSet.parse(U3.toUpperCase() + ":1," + U2 + ":2,\n" + U1.toUpperCase() + ":3");

        assertThat(set).hasToString(U1 + ":3,\n" + U2 + ":2,\n" + U3 + ":1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7:1-3:2-5|1-5:7",
        "1-3:4-6|1-6",
        "5-5|5",
        "10-20:1-9|1-20",
        "1:3:2|1-3",
        "1-100:50-60|1-100",
        "9223372036854775806:1|1:9223372036854775806",
    })
    void sortsMergesAndJoinsIntervals(String written, String canonical) {
        assertThat(GtidSet.parse(U1 + ":" + written)).hasToString(U1 + ":" + canonical);
    }

    @Test
    void mergesTheSameUuidWrittenTwice() {
        assertThat(GtidSet.parse(U1 + ":1-3," + U2 + ":1," + U1.toUpperCase() + ":4")).hasToString(U1 + ":1-4,\n" + U2 + ":1");
    }

    @Test
    void allowsWhitespaceEverywhereMySqlDoes() {
        GtidSet set = GtidSet.parse("\t" + U1 + " : 1 - 3 : 5 ,\n  " + U2 + ":\n1 \n");

        assertThat(set).hasToString(U1 + ":1-3:5,\n" + U2 + ":1");
    }

    @Test
    void skipsEmptyElementsBetweenCommasLikeMySql() {
        assertThat(GtidSet.parse("," + U1 + ":1,,\n," + U2 + ":2,")).hasToString(U1 + ":1,\n" + U2 + ":2");
    }

    @Test
    void readsTaggedGtidsOfMySql84() {
        GtidSet set = GtidSet.parse(U1 + ":1-5:Tag1:1-3:_b:7:tag1:4," + U2 + ":Only:2");

        assertThat(set).hasToString(U1 + ":1-5:_b:7:tag1:1-4,\n" + U2 + ":only:2");
        assertThat(GtidSet.parse(set.toString())).isEqualTo(set);
    }

    @Test
    void readsOneSourcesIntervalText() {
        UUID uuid = UUID.fromString(U1);

        assertThat(GtidSet.parse(uuid, "1-5:7")).hasToString(U1 + ":1-5:7");
        assertThat(GtidSet.parse(uuid, " 7 : 1-5 ")).hasToString(U1 + ":1-5:7");
        assertThat(GtidSet.parse(uuid, "1-5:tag:1-3")).hasToString(U1 + ":1-5:tag:1-3");
        assertThat(GtidSet.parse(uuid, "tag:2")).hasToString(U1 + ":tag:2");
        assertThat(GtidSet.parse(uuid, "")).isSameAs(GtidSet.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc:1-x|\"abc\" is not a UUID; expected 36 characters like 3e11fa47-71ca-11e1-9e33-c80aa9429562",
        "3e11fa4771ca11e19e33c80aa9429562:1|\"3e11fa4771ca11e19e33c80aa9429562\" is not a UUID",
        "{3e11fa47-71ca-11e1-9e33-c80aa9429562}:1|\"{3e11fa47-71ca-11e1-9e33-c80aa9429562}\" is not a UUID",
        "3e11fa47-71ca-11e1-9e33-c80aa942956g:1|\"3e11fa47-71ca-11e1-9e33-c80aa942956g\" is not a UUID",
        "3e11fa47_71ca-11e1-9e33-c80aa9429562:1|\"3e11fa47_71ca-11e1-9e33-c80aa9429562\" is not a UUID",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562 1|\"3e11fa47-71ca-11e1-9e33-c80aa9429562 1\" is not a UUID",
        "U1:1-x|\"1-x\" is not an interval; expected N or N-M",
        "U1:x|\"U1:x\" has no transactions after tag \"x\"",
        "U1:1-|\"1-\" is not an interval; expected N or N-M",
        "U1:-1|\"-1\" is not an interval; expected N or N-M",
        "U1:|\"\" is not an interval; expected N or N-M",
        "U1:1::2|\"\" is not an interval; expected N or N-M",
        "U1:1-2-3|\"1-2-3\" is not an interval; expected N or N-M",
        "U1:1.5|\"1.5\" is not an interval; expected N or N-M",
        "U1:+1|\"+1\" is not an interval; expected N or N-M",
        "U1:0x10|\"0x10\" is not an interval; expected N or N-M",
        "U1:1;U2:1|\"1;U2\" is not an interval; expected N or N-M",
        "U1:0|\"0\" starts at 0, but transaction numbers start at 1; expected N or N-M",
        "U1:0-3|\"0-3\" starts at 0, but transaction numbers start at 1; expected N or N-M",
        "U1:5-3|\"5-3\" ends before it starts; expected N-M with N <= M",
        "U1:9223372036854775807|\"9223372036854775807\" is out of range: transaction numbers go up to 9223372036854775806; expected N or N-M",
        "U1:1-99999999999999999999|\"1-99999999999999999999\" is out of range: transaction numbers go up to 9223372036854775806",
        "U1|\"U1\" has no transactions; expected UUID:N[-M][:N[-M]]... (or UUID:TAG:N[-M]... since MySQL 8.4)",
        "U1:1,U2|\"U2\" has no transactions",
        "U1:1:tag|\"U1:1:tag\" has no transactions after tag \"tag\"; expected UUID:N[-M]",
        "U1:Tag:tag2:1|\"U1:Tag:tag2:1\" has no transactions after tag \"tag\"",
        "U1:1:tag-x:2|\"tag-x\" is not a tag; expected a tag: a letter or _ then up to 31 letters, digits or _",
        "U1:1:t\u00e9:2|\"t\u00e9\" is not a tag",
        "U1:1:a23456789012345678901234567890123:2|\"a23456789012345678901234567890123\" is longer than 32 characters",
    })
    void rejectsMalformedSetsQuotingInputAndBadPart(String template, String message) {
        String text = template.replace("U1", U1).replace("U2", U2);

        assertThatThrownBy(() -> GtidSet.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GTID set \"" + text + "\": ")
                .hasMessageContaining(message.replace("U1", U1).replace("U2", U2));
    }

    @Test
    void acceptsTheLongestTag() {
        String tag = "a2345678901234567890123456789012";

        assertThat(GtidSet.parse(U1 + ":" + tag + ":1")).hasToString(U1 + ":" + tag + ":1");
    }

    @Test
    void shortensHugeInputInMessagesButKeepsTheBadPart() {
        StringBuilder huge = new StringBuilder(U1);
        for (int i = 1; i < 2000; i += 2) {
            huge.append(':').append(i);
        }
        String text = huge.append(":oops-").toString();

        assertThatThrownBy(() -> GtidSet.parse(text))
                .hasMessageStartingWith("GTID set \"" + text.substring(0, 200) + "...\": \"oops-\" is not a tag")
                .satisfies(error -> assertThat(error.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void namesTheSourceWhenIntervalTextIsBad() {
        UUID uuid = UUID.fromString(U1);

        assertThatThrownBy(() -> GtidSet.parse(uuid, "1-5:x7-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GTID intervals of " + U1 + " \"1-5:x7-\": \"x7-\" is not a tag; expected " + GtidText.TAG_FORM);
        assertThatThrownBy(() -> GtidSet.parse(uuid, "1-5:tag"))
                .hasMessageContaining("\"1-5:tag\" has no transactions after tag \"tag\"");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> GtidSet.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GtidSet.parse(UUID.fromString(U1), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GtidSet.parse(null, "1")).isInstanceOf(NullPointerException.class);
    }
}
