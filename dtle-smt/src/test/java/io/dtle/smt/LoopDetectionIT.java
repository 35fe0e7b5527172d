package io.dtle.smt;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.job.JobIdentity;
import io.dtle.common.job.OriginMarker;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: LoopDetection on the dtle source connector (transforms=loop) drops whole the transactions a dtle sink
 * applied (bookkeeping row first) and the DDL it marked, so only the plain transaction reaches the topic, BEGIN to
 * END; with origin.jobs naming another job, everything passes.
 */
class LoopDetectionIT {
    private static final UUID JOB = JobIdentity.uuidOf("dc2-to-dc1");
    private static final String SOURCE_UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

    @Test
    void onlyThePlainTransactionReachesTheTopic() {
        try (LocalMySqlServer mysql = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            mysql.execute("CREATE DATABASE app", "CREATE TABLE app.t (id INT PRIMARY KEY, v INT)",
                    "CREATE DATABASE dtle", "CREATE TABLE dtle.gtid_executed_v2 (job_uuid binary(16),"
                            + " source_uuid binary(16), interval_gtid text)");
            connect.createConnector("all", loopConfig(mysql, "all", null));
            connect.createConnector("other", loopConfig(mysql, "other", "dc3-to-dc1"));
            connect.awaitRunning("all", 1);
            connect.awaitRunning("other", 1);

            mysql.execute("BEGIN", "INSERT INTO dtle.gtid_executed_v2 VALUES (UUID_TO_BIN('" + JOB + "'),"
                            + " UUID_TO_BIN('" + SOURCE_UUID + "'), '" + SOURCE_UUID + ":1')",
                    "INSERT INTO app.t VALUES (1, 1)", "UPDATE app.t SET v = 2 WHERE id = 1", "COMMIT");
            mysql.execute(new OriginMarker(JOB, SOURCE_UUID + ":2").mark("ALTER TABLE app.t ADD COLUMN w INT"));
            mysql.execute("BEGIN", "INSERT INTO app.t VALUES (2, 2, 2)", "DELETE FROM app.t WHERE id = 1", "COMMIT");

            // Binlog order in one partition: had a tagged record passed, it would come before these.
            List<TopicRecords> passed = TopicRecords.of(connect.awaitRecords("all.ordered", 5));
            assertThat(passed).extracting(TopicRecords::shortForm)
                    .containsExactly("BEGIN", "c:2", "d:1", "tombstone:1", "END");
            assertThat(passed).allSatisfy(r -> assertThat(r.header("dtle.origin")).isNull());

            List<TopicRecords> unfiltered = TopicRecords.of(connect.awaitRecords("other.ordered", 12));
            assertThat(unfiltered).extracting(TopicRecords::shortForm).containsExactly(
                    "BEGIN", "c:1", "u:1", "END", "BEGIN", "ddl", "END",
                    "BEGIN", "c:2", "d:1", "tombstone:1", "END");
            assertThat(unfiltered.get(0).header("dtle.origin")).isEqualTo(JOB.toString());
        }
    }

    private static Map<String, String> loopConfig(LocalMySqlServer mysql, String prefix, String originJobs) {
        Map<String, String> config = SourceConnectorConfigs.of(mysql, prefix, "app");
        config.put("topic.routing", "ordered");
        config.put("snapshot.mode", "no_data");
        config.put("database.server.id", prefix.equals("all") ? "6101" : "6102");
        config.put("transforms", "loop");
        config.put("transforms.loop.type", LoopDetection.class.getName());
        if (originJobs != null) {
            config.put("transforms.loop.origin.jobs", originJobs);
        }
        return config;
    }
}
