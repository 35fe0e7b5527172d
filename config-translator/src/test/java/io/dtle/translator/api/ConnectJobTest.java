package io.dtle.translator.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.job.JobIdentity;
import io.dtle.translator.cli.ConnectorStatus;
import io.dtle.translator.cli.ConnectorStatus.TaskState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job's dtle status and ID from its connectors' Connect states. */
class ConnectJobTest {
    private static JobConnector connector(String role, String state, TaskState... tasks) {
        return new JobConnector("j-" + role, role, Map.of(), new ConnectorStatus("j-" + role, state, "w1:8083",
                List.of(tasks)));
    }

    private static TaskState task(String state, String error) {
        return new TaskState(0, state, "w1:8083", error);
    }

    @Test
    void runningWhenEveryConnectorAndTaskRuns() {
        ConnectJob job = new ConnectJob("j", List.of(connector("Src", "RUNNING", task("RUNNING", "")),
                connector("Dest", "RUNNING", task("RUNNING", ""))));
        assertThat(job.status()).isEqualTo("running");
        assertThat(job.id()).isEqualTo(JobIdentity.uuidOf("j").toString());
    }

    @Test
    void deadWithTheErrorWhenATaskFailed() {
        ConnectJob job = new ConnectJob("j", List.of(connector("Src", "RUNNING", task("FAILED", "Access denied"))));
        assertThat(job.status()).isEqualTo("dead");
        assertThat(job.statusDescription()).isEqualTo("Access denied");
    }

    @Test
    void pausedAndPending() {
        assertThat(new ConnectJob("j", List.of(connector("Src", "PAUSED", task("PAUSED", "")))).status())
                .isEqualTo("paused");
        assertThat(new ConnectJob("j", List.of(connector("Src", "RUNNING"))).status()).isEqualTo("pending");
    }
}
