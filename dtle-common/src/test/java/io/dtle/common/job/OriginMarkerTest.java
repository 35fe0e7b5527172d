package io.dtle.common.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OriginMarkerTest {

    @Test
    void aMarkedStatementReadsBackTheJobAndGtid() {
        UUID job = JobIdentity.uuidOf("dc1-to-dc2");
        String marked = new OriginMarker(job, "3e11fa47-71ca-11e1-9e33-c80aa9429562:42").mark("ALTER TABLE t ADD c INT");

        assertThat(marked).endsWith(" ALTER TABLE t ADD c INT");
        assertThat(OriginMarker.read(marked)).contains(new OriginMarker(job, "3e11fa47-71ca-11e1-9e33-c80aa9429562:42"));
    }

    @Test
    void statementsWithoutTheMarkerHaveNone() {
        assertThat(OriginMarker.read("ALTER TABLE t ADD c INT")).isEmpty();
        assertThat(OriginMarker.read("/* some other comment */ ALTER TABLE t ADD c INT")).isEmpty();
        assertThat(OriginMarker.read(null)).isEmpty();
    }

    @Test
    void aMariaDbGtidFits() {
        UUID job = JobIdentity.uuidOf("j");
        assertThat(OriginMarker.read(new OriginMarker(job, "0-1-42").mark("DROP TABLE t")))
                .hasValueSatisfying(marker -> assertThat(marker.gtid()).isEqualTo("0-1-42"));
    }

    @Test
    void theJobUuidDependsOnlyOnTheName() {
        assertThat(JobIdentity.uuidOf("a")).isEqualTo(JobIdentity.uuidOf("a")).isNotEqualTo(JobIdentity.uuidOf("b"));
        assertThatThrownBy(() -> JobIdentity.uuidOf(" ")).hasMessageContaining("non-blank name");
    }

    @Test
    void theBookkeepingTableIsRecognisedInAnyCase() {
        assertThat(Bookkeeping.isGtidTable("DTLE", "gtid_executed_v2")).isTrue();
        assertThat(Bookkeeping.isGtidTable("dtle", "other")).isFalse();
    }
}
