package io.dtle.source.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.MariaDbGtid;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDbGtidStartTest {
    private static final List<MariaDbGtid> STATE = MariaDbGtidStart.parseList("0-2-7,0-1-20,1-1-5");

    private static List<ConfigProblem> problems(String start, String oldestList) {
        return MariaDbGtidStart.problems("start.gtid", MariaDbGtidPosition.parse(start), 1, STATE,
                MariaDbGtidStart.parseList(oldestList));
    }

    @Test
    void parsesGtidListEventsAndBinlogState() {
        assertThat(MariaDbGtidStart.parseList("[]")).isEmpty();
        assertThat(MariaDbGtidStart.parseList("[0-1-3,1-1-2]")).containsExactly(new MariaDbGtid(0, 1, 3),
                new MariaDbGtid(1, 1, 2));
    }

    @Test
    void aPositionAtOrAfterThePurgedStateIsFine() {
        assertThat(problems("0-1-12,1-1-5", "[]")).isEmpty();
        assertThat(problems("0-1-12,1-1-5", "[0-1-10,1-1-2]")).isEmpty();
        assertThat(problems("0-1-10", "[0-1-10]")).isEmpty();
    }

    @Test
    void aPositionBeforeThePurgedStateIsReported() {
        assertThat(problems("0-1-8,1-1-5", "[0-1-10]")).singleElement().extracting(ConfigProblem::message)
                .asString().contains("purged the binlogs of domain 0 up to 0-1-10", "after 0-1-8");
        assertThat(problems("0-1-12", "[0-1-10,1-1-2]")).singleElement().extracting(ConfigProblem::message)
                .asString().contains("domain 1", "its beginning");
    }

    @Test
    void aTransactionOfThisServerBeyondItsBinlogIsReported() {
        assertThat(problems("0-1-25", "[]")).singleElement().extracting(ConfigProblem::message).asString()
                .contains("0-1-25", "server_id 1", "0-2-7,0-1-20,1-1-5");
        assertThat(problems("0-3-99", "[]")).isEmpty();
    }

    @Test
    void aFirstGtidStartsJustAfterItsPredecessor() {
        MariaDbGtidPosition current = MariaDbGtidPosition.parse("0-1-20,1-1-5");
        assertThat(MariaDbGtidStart.deliveredBefore(new MariaDbGtid(0, 1, 15), current))
                .isEqualTo(MariaDbGtidPosition.parse("0-1-14,1-1-5"));
        assertThat(MariaDbGtidStart.deliveredBefore(new MariaDbGtid(0, 1, 1), current))
                .isEqualTo(MariaDbGtidPosition.parse("1-1-5"));
    }
}
