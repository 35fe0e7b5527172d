package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MariaDbGtidPositionTest {
    private static MariaDbGtid gtid(String text) {
        return MariaDbGtid.parse(text);
    }

    @Test
    void printsEntriesByDomain() {
        MariaDbGtidPosition position = MariaDbGtidPosition.parse("10-3-5,1-2-7,0-1-42");

        assertThat(position).hasToString("0-1-42,1-2-7,10-3-5");
        assertThat(position.gtids()).containsExactly(gtid("0-1-42"), gtid("1-2-7"), gtid("10-3-5"));
        assertThat(MariaDbGtidPosition.parse(position.toString())).isEqualTo(position).hasSameHashCodeAs(position);
    }

    @Test
    void allowsWhitespaceAroundEntries() {
        assertThat(MariaDbGtidPosition.parse(" 0-1-42,\n 1-2-7 ")).hasToString("0-1-42,1-2-7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\n"})
    void readsBlankTextAsTheEmptyPosition(String text) {
        MariaDbGtidPosition position = MariaDbGtidPosition.parse(text);

        assertThat(position.isEmpty()).isTrue();
        assertThat(position).hasToString("").isSameAs(MariaDbGtidPosition.empty());
    }

    @Test
    void rejectsTwoEntriesForOneDomain() {
        assertThatThrownBy(() -> MariaDbGtidPosition.parse("0-1-1,1-1-1,0-2-2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MariaDB GTID position \"0-1-1,1-1-1,0-2-2\": \"0-1-1,0-2-2\" both have domain 0;"
                        + " expected at most one GTID per domain");
    }

    @Test
    void rejectsBadEntriesQuotingThem() {
        assertThatThrownBy(() -> MariaDbGtidPosition.parse("0-1-1,x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MariaDB GTID position \"0-1-1,x\": \"x\" is not a MariaDB GTID;"
                        + " expected DOMAIN-SERVER-SEQUENCE like 0-1-42");
        assertThatThrownBy(() -> MariaDbGtidPosition.parse("0-1-1,"))
                .hasMessage("MariaDB GTID position \"0-1-1,\": \"\" is not a MariaDB GTID;"
                        + " expected DOMAIN-SERVER-SEQUENCE like 0-1-42");
        assertThatThrownBy(() -> MariaDbGtidPosition.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void containsEverythingOfADomainUpToItsSequence() {
        MariaDbGtidPosition position = MariaDbGtidPosition.parse("0-1-42,1-2-7");

        assertThat(position.contains(gtid("0-1-1"))).isTrue();
        assertThat(position.contains(gtid("0-1-42"))).isTrue();
        assertThat(position.contains(gtid("0-5-42"))).as("server id does not matter").isTrue();
        assertThat(position.contains(gtid("0-1-43"))).isFalse();
        assertThat(position.contains(gtid("1-2-8"))).isFalse();
        assertThat(position.contains(gtid("2-1-1"))).isFalse();
        assertThat(MariaDbGtidPosition.empty().contains(gtid("0-1-1"))).isFalse();
    }

    @Test
    void comparesSequencesUnsigned() {
        MariaDbGtidPosition position = MariaDbGtidPosition.parse("0-1-9223372036854775808");

        assertThat(position.contains(gtid("0-1-9223372036854775807"))).isTrue();
        assertThat(position.contains(gtid("0-1-18446744073709551615"))).isFalse();
    }

    @Test
    void withAdvancesOrAddsTheDomain() {
        MariaDbGtidPosition position = MariaDbGtidPosition.parse("0-1-42,5-1-1");

        assertThat(position.with(gtid("0-1-43"))).hasToString("0-1-43,5-1-1");
        assertThat(position.with(gtid("0-2-43"))).hasToString("0-2-43,5-1-1");
        assertThat(position.with(gtid("3-1-1"))).hasToString("0-1-42,3-1-1,5-1-1");
        assertThat(position.with(gtid("9-1-1"))).hasToString("0-1-42,5-1-1,9-1-1");
        assertThat(position.with(gtid("0-1-42"))).isSameAs(position);
        assertThat(MariaDbGtidPosition.empty().with(gtid("0-1-1"))).hasToString("0-1-1");
        assertThat(position).hasToString("0-1-42,5-1-1");
    }

    @Test
    void withFollowsBinlogOrderEvenWhenTheSequenceGoesBack() {
        // Without gtid_strict_mode a new primary can log a lower sequence; the reader must resume from it.
        assertThat(MariaDbGtidPosition.parse("0-1-42").with(gtid("0-2-40"))).hasToString("0-2-40");
    }

    @Test
    void unionKeepsTheHigherSequencePerDomain() {
        MariaDbGtidPosition mine = MariaDbGtidPosition.parse("0-1-42,1-1-7");
        MariaDbGtidPosition theirs = MariaDbGtidPosition.parse("0-2-40,1-2-9,2-1-1");

        assertThat(mine.union(theirs)).hasToString("0-1-42,1-2-9,2-1-1");
        assertThat(theirs.union(mine)).hasToString("0-1-42,1-2-9,2-1-1");
        assertThat(mine.union(MariaDbGtidPosition.parse("0-9-42"))).as("tie keeps this one").isSameAs(mine);
        assertThat(mine.union(MariaDbGtidPosition.empty())).isSameAs(mine);
        assertThat(MariaDbGtidPosition.empty().union(mine)).isEqualTo(mine);
    }

    @Test
    void looksUpOneDomain() {
        MariaDbGtidPosition position = MariaDbGtidPosition.parse("0-1-42,1-2-7");

        assertThat(position.get(1)).contains(gtid("1-2-7"));
        assertThat(position.get(2)).isEmpty();
        assertThat(position.isEmpty()).isFalse();
        assertThat(position).isNotEqualTo(MariaDbGtidPosition.parse("0-1-42")).isNotEqualTo(null);
    }
}
