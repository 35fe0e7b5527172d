package io.dtle.sink.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.Gtid;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SourceGtidsTest {

    @Test
    void mySqlGtidsParseAsTheyAre() {
        Gtid gtid = SourceGtids.parse("3e11fa47-71ca-11e1-9e33-c80aa9429562:42");
        assertThat(gtid.sourceUuid()).isEqualTo(UUID.fromString("3e11fa47-71ca-11e1-9e33-c80aa9429562"));
        assertThat(gtid.transactionNumber()).isEqualTo(42);
    }

    @Test
    void mariaDbGtidsKeepDomainAndServerApart() {
        Gtid gtid = SourceGtids.parse("0-101-7");
        assertThat(gtid.transactionNumber()).isEqualTo(7);
        assertThat(gtid.sourceUuid()).isEqualTo(new UUID(0, 101)).isNotEqualTo(SourceGtids.parse("1-101-7").sourceUuid());
    }

    @Test
    void taggedMySqlGtidsKeepTheirTag() {
        Gtid gtid = SourceGtids.parse("3E11FA47-71CA-11E1-9E33-C80AA9429562:MyTag:5");
        assertThat(gtid.tag()).isEqualTo("mytag");
        assertThat(gtid).hasToString("3e11fa47-71ca-11e1-9e33-c80aa9429562:mytag:5")
                .isNotEqualTo(SourceGtids.parse("3e11fa47-71ca-11e1-9e33-c80aa9429562:5"));
    }
}
