package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.job.JobIdentity;
import io.dtle.common.job.OriginMarker;
import io.dtle.common.record.DtleHeaders;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, loops: a transaction a dtle sink applied (its first row is on dtle.gtid_executed_v2) and a DDL with the
 * sink's origin marker carry dtle.origin on every record, markers included; bookkeeping rows are never emitted.
 */
class LoopTaggingIT {
    private static final UUID JOB = JobIdentity.uuidOf("dc2-to-dc1");
    private static final String SOURCE_UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

    @Test
    void sinkAppliedTransactionsAreTaggedOnEveryRecordAndBookkeepingRowsStayOut() {
        try (LocalMySqlServer mysql = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            // dtle is listed to show that even then its rows are not emitted.
            mysql.execute("CREATE DATABASE app", "CREATE TABLE app.t (id INT PRIMARY KEY, v INT)",
                    "CREATE DATABASE dtle");
            Map<String, String> config = SourceConfigs.of(mysql, "loop", "app,dtle");
            config.put("snapshot.mode", "no_data");
            config.put("topic.routing", "ordered");
            connect.createConnector("loop", config);
            connect.awaitRunning("loop", 1);

            // As the sink does it: its own table, then the bookkeeping row first in each transaction.
            mysql.execute("CREATE TABLE dtle.gtid_executed_v2 (job_uuid binary(16),"
                    + " source_uuid binary(16), interval_gtid text)");
            mysql.execute("BEGIN", "INSERT INTO dtle.gtid_executed_v2 VALUES (UUID_TO_BIN('" + JOB + "'), UUID_TO_BIN('"
                            + SOURCE_UUID + "'), '" + SOURCE_UUID + ":1')",
                    "INSERT INTO app.t VALUES (1, 1)", "UPDATE app.t SET v = 2 WHERE id = 1", "COMMIT");
            mysql.execute(new OriginMarker(JOB, SOURCE_UUID + ":2").mark("ALTER TABLE app.t ADD COLUMN w INT"));
            mysql.execute("BEGIN", "INSERT INTO app.t VALUES (2, 2, 2)", "DELETE FROM app.t WHERE id = 1", "COMMIT");

            List<TopicRecords> records = TopicRecords.of(connect.awaitRecords("loop.ordered", 12));
            assertThat(records).extracting(TopicRecords::shortForm).containsExactly(
                    "BEGIN", "c:1", "u:1", "END",
                    "BEGIN", "ddl", "END",
                    "BEGIN", "c:2", "d:1", "tombstone:1", "END");
            assertThat(records.subList(0, 7)).allSatisfy(r ->
                    assertThat(r.header(DtleHeaders.ORIGIN)).as(r.shortForm()).isEqualTo(JOB.toString()));
            assertThat(records.subList(7, 12)).allSatisfy(r ->
                    assertThat(r.header(DtleHeaders.ORIGIN)).as(r.shortForm()).isNull());
            assertThat(records).noneSatisfy(r -> assertThat(r.value() != null && r.value().has("source")
                    && r.value().get("source").get("db").asText().equals("dtle")).isTrue());
        }
    }
}
