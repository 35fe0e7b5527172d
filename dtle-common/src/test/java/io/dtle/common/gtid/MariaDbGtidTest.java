package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MariaDbGtidTest {
    @Test
    void parsesAndPrintsDomainServerSequence() {
        MariaDbGtid gtid = MariaDbGtid.parse("0-1-42");

        assertThat(gtid.domainId()).isZero();
        assertThat(gtid.serverId()).isEqualTo(1);
        assertThat(gtid.sequence()).isEqualTo(42);
        assertThat(gtid).hasToString("0-1-42").isEqualTo(new MariaDbGtid(0, 1, 42));
        assertThat(MariaDbGtid.parse(" 2-3-4\n")).hasToString("2-3-4");
    }

    @Test
    void takesTheFullUnsignedRanges() {
        MariaDbGtid largest = MariaDbGtid.parse("4294967295-4294967295-18446744073709551615");

        assertThat(largest.domainId()).isEqualTo(MariaDbGtid.MAX_ID);
        assertThat(largest.sequence()).isEqualTo(-1L);
        assertThat(largest).hasToString("4294967295-4294967295-18446744073709551615");
        assertThat(largest.isAfter(MariaDbGtid.parse("0-1-9223372036854775807"))).isTrue();
        assertThat(MariaDbGtid.parse("0-1-0").sequence()).isZero();
    }

    @Test
    void comparesSequencesOnly() {
        assertThat(MariaDbGtid.parse("0-1-43").isAfter(MariaDbGtid.parse("0-9-42"))).isTrue();
        assertThat(MariaDbGtid.parse("0-1-42").isAfter(MariaDbGtid.parse("0-9-42"))).isFalse();
        assertThat(MariaDbGtid.parse("0-1-41").isAfter(MariaDbGtid.parse("0-9-42"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0-1|\"0-1\" is not a MariaDB GTID; expected DOMAIN-SERVER-SEQUENCE like 0-1-42",
        "0-1-2-3|\"0-1-2-3\" is not a MariaDB GTID",
        "-1-1-1|\"-1-1-1\" is not a MariaDB GTID",
        "a-1-2|\"a-1-2\" is not a MariaDB GTID",
        "0-1-|\"0-1-\" is not a MariaDB GTID",
        "0-+1-2|\"0-+1-2\" is not a MariaDB GTID",
        "3e11fa47-71ca-11e1-9e33-c80aa9429562:1|is not a MariaDB GTID",
        "4294967296-1-1|\"4294967296-1-1\" has a domain id out of range; expected DOMAIN-SERVER-SEQUENCE like 0-1-42, the domain id from 0 to 4294967295",
        "0-4294967296-1|\"0-4294967296-1\" has a server id out of range",
        "0-1-18446744073709551616|\"0-1-18446744073709551616\" has a sequence number out of range; expected DOMAIN-SERVER-SEQUENCE like 0-1-42, the sequence number from 0 to 18446744073709551615",
    })
    void rejectsMalformedText(String text, String message) {
        assertThatThrownBy(() -> MariaDbGtid.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MariaDB GTID \"" + text + "\": ")
                .hasMessageContaining(message);
    }

    @Test
    void rejectsOutOfRangeIdsFromCode() {
        assertThatThrownBy(() -> new MariaDbGtid(-1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MariaDB GTID -1-1-1: domain and server ids go from 0 to 4294967295");
        assertThatThrownBy(() -> new MariaDbGtid(0, 1L << 32, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MariaDbGtid.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
