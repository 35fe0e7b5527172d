package io.dtle.source.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MySqlGtidStartTest {
    private static final UUID SERVER = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    private static final String OTHER = "bbbbbbbb-0000-0000-0000-000000000002";
    private static final GtidSet EXECUTED = GtidSet.parse(SERVER + ":1-100," + OTHER + ":1-10");
    private static final GtidSet PURGED = GtidSet.parse(SERVER + ":1-40");

    private static List<ConfigProblem> problems(String start) {
        return MySqlGtidStart.problems("start.gtid", GtidSet.parse(start), SERVER, EXECUTED, PURGED);
    }

    @Test
    void aSetCoveringThePurgedTransactionsIsFine() {
        assertThat(problems(SERVER + ":1-50")).isEmpty();
        assertThat(problems(SERVER + ":1-100," + OTHER + ":1-10")).isEmpty();
    }

    @Test
    void aSetMissingPurgedTransactionsIsReported() {
        assertThat(problems(SERVER + ":1-30")).singleElement().satisfies(problem -> {
            assertThat(problem.keys()).containsExactly("start.gtid");
            assertThat(problem.message()).contains("purged", SERVER + ":31-40", "Remove start.gtid");
        });
    }

    @Test
    void transactionsOfThisServerItNeverExecutedAreReported() {
        assertThat(problems(SERVER + ":1-120")).singleElement().extracting(ConfigProblem::message).asString()
                .contains(SERVER + ":101-120", "has not executed");
    }

    @Test
    void unknownSourcesAreAcceptedAsDtleDoes() {
        assertThat(problems(SERVER + ":1-50,cccccccc-0000-0000-0000-000000000003:1-999")).isEmpty();
        assertThat(problems(SERVER + ":1-50," + OTHER + ":1-20")).isEmpty();
    }

    @Test
    void aFirstGtidNeedsItsPredecessorExecutedAndNothingAfterItPurged() {
        assertThat(MySqlGtidStart.firstProblems(Gtid.parse(SERVER + ":41"), SERVER, EXECUTED, PURGED)).isEmpty();
        assertThat(MySqlGtidStart.firstProblems(Gtid.parse(SERVER + ":101"), SERVER, EXECUTED, PURGED)).isEmpty();
        assertThat(MySqlGtidStart.firstProblems(Gtid.parse(SERVER + ":103"), SERVER, EXECUTED, PURGED))
                .singleElement().extracting(ConfigProblem::message).asString().contains("has not executed");
        assertThat(MySqlGtidStart.firstProblems(Gtid.parse(SERVER + ":20"), SERVER, EXECUTED, PURGED))
                .singleElement().extracting(ConfigProblem::message).asString()
                .contains("purged " + SERVER + ":20-40");
        assertThat(MySqlGtidStart.deliveredBefore(Gtid.parse(SERVER + ":41"), EXECUTED))
                .isEqualTo(GtidSet.parse(SERVER + ":1-40," + OTHER + ":1-10"));
    }
}
