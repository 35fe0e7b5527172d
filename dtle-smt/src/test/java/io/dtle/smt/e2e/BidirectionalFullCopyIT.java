package io.dtle.smt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.job.JobIdentity;
import io.dtle.sink.e2e.Jobs;
import io.dtle.sink.e2e.SinkTriggers;
import io.dtle.sink.gtid.GtidExecutedTable;
import io.dtle.smt.LoopDetection;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import io.dtle.testing.TopicRecords;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 (sink), bidirectional with a full copy: dc1 holds rows before the jobs start, j12 copies them to dc2 in
 * parallel multi-row batches (no source GTID) and then streams, j21 streams dc2 back to dc1 through LoopDetection.
 * Equal data proves nothing here (an echoed copy is REPLACEd with the same values), so the test counts: a second
 * source on dc2 without LoopDetection sees every copied row tagged with j12, j21's topic carries only dc2's own
 * transactions, and dc1's sink applied nothing else. j12's sink is restarted after the copy: its executed GTID set,
 * which shares its table with the tag rows, makes it apply each later dc1 transaction exactly once.
 */
class BidirectionalFullCopyIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int ROWS = 1500;
    private static final String[] TABLES = {"demo.a", "demo.b"};
    private static final UUID J12 = JobIdentity.uuidOf("j12");
    private static final UUID J21 = JobIdentity.uuidOf("j21");

    @Test
    void fullCopiedRowsDoNotComeBackAndARestartedSinkAppliesEachLaterTransactionOnce() throws Exception {
        try (LocalMySqlServer dc1 = LocalMySqlServer.mysql(); LocalMySqlServer dc2 = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).name("dtle-bidi-copy").start()) {
            prepare(dc1, true);
            prepare(dc2, false);
            GtidSet dc1BeforeJobs = TwoDataCentres.executedGtidSet(dc1);
            createConnectors(connect, dc1, dc2);
            Jobs.awaitEqual(dc1, dc2, TIMEOUT, TABLES);

            dc2.execute("INSERT INTO demo.a VALUES (100001, 1, 'dc2')");
            dc1.execute("UPDATE demo.b SET v = v + 1 WHERE id <= 10");
            Jobs.awaitEqual(dc1, dc2, TIMEOUT, TABLES);
            connect.stopConnector("j12-sink");
            Await.until("j12-sink stopped", TIMEOUT, () -> connect.status("j12-sink").tasks().isEmpty(),
                    () -> connect.status("j12-sink").tasks().toString());
            dc1.execute("INSERT INTO demo.a VALUES (100003, 3, 'dc1')", "DELETE FROM demo.b WHERE id = 5");
            connect.resumeConnector("j12-sink");
            connect.awaitRunning("j12-sink", 1);
            dc2.execute("INSERT INTO demo.a VALUES (100002, 2, 'dc2, last')"); // comes after everything in dc2's binlog
            Jobs.awaitEqual(dc1, dc2, TIMEOUT, TABLES);

            List<TopicRecords> backToDc1 = TopicRecords.of(connect.awaitRecords("j21.ordered", 6));
            List<TopicRecords> dc2Binlog = awaitUntilRow(connect, "raw.ordered", "c:100002");
            assertThat(backToDc1).extracting(TopicRecords::shortForm).as("what j21 carried from dc2 to dc1")
                    .containsExactly("BEGIN", "c:100001", "END", "BEGIN", "c:100002", "END");
            List<String> untagged = dc2Binlog.stream().filter(r -> r.isRow() && !r.isTombstone())
                    .filter(r -> r.header("dtle.origin") == null).map(TopicRecords::shortForm).toList();
            assertThat(untagged).as("row events in dc2's binlog without dtle.origin").containsExactly("c:100001",
                    "c:100002");
            long tagged = dc2Binlog.stream().filter(r -> r.isRow() && !r.isTombstone())
                    .filter(r -> J12.toString().equals(r.header("dtle.origin"))).count();
            assertThat(tagged).as("copied rows, then dc1's 10 updates, 1 insert and 1 delete, each logged once")
                    .isEqualTo(2L * ROWS + 12);

            Map<UUID, Set<Long>> appliedOnDc1 = TwoDataCentres.appliedGtids(dc1);
            assertThat(appliedOnDc1.keySet()).as("servers whose transactions j21 applied on dc1")
                    .containsExactly(TwoDataCentres.serverUuid(dc2));
            assertThat(appliedOnDc1.get(TwoDataCentres.serverUuid(dc2))).hasSize(2);
            assertDc1TransactionsAppliedOnceOnDc2(dc1, dc2, dc1BeforeJobs);
            TableComparer.between(dc1, dc2).tables(TABLES).assertEqual();
        }
    }

    /** Same tables on both sides; dc1 has the rows, dc2 is empty. An audit trigger counts what each sink applies. */
    private static void prepare(LocalMySqlServer server, boolean withRows) {
        server.execute("CREATE DATABASE demo",
                "CREATE TABLE demo.a (id INT PRIMARY KEY, v INT NOT NULL, note VARCHAR(40))",
                "CREATE TABLE demo.b (id INT PRIMARY KEY, v INT NOT NULL, note VARCHAR(40))",
                "CREATE DATABASE audit",
                "CREATE TABLE audit.applied (source_uuid BINARY(16), gno VARCHAR(40), PRIMARY KEY (source_uuid, gno))");
        if (withRows) {
            server.execute("SET SESSION cte_max_recursion_depth = " + ROWS,
                    "INSERT INTO demo.a WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                    + "WHERE n < " + ROWS + ") SELECT n, n, 'dc1 before the jobs' FROM seq",
                    "INSERT INTO demo.b SELECT * FROM demo.a");
        }
        SinkTriggers.recordAppliedGtids(server);
    }

    /**
     * j12 copies dc1 and streams (4 workers, batches of 100 rows, compaction every half second), j21 streams dc2 from
     * now; both sources drop what the other job applied. "raw" reads dc2's binlog without LoopDetection.
     */
    private static void createConnectors(ConnectCluster connect, LocalMySqlServer dc1, LocalMySqlServer dc2) {
        Map<String, String> j12Source = withLoopDetection(Jobs.source(dc1, "j12", "demo"), "j21");
        Map<String, String> j12Sink = Jobs.sink(dc2, "j12");
        j12Sink.put("dtle.job.name", "j12");
        j12Sink.put("parallel.workers", "4");
        j12Sink.put("batch.size", "100");
        j12Sink.put("bookkeeping.compaction.interval.ms", "500");
        Map<String, String> j21Source = withLoopDetection(Jobs.source(dc2, "j21", "demo"), "j12");
        j21Source.put("snapshot.mode", "no_data");
        Map<String, String> j21Sink = Jobs.sink(dc1, "j21");
        j21Sink.put("dtle.job.name", "j21");
        Map<String, String> raw = Jobs.source(dc2, "raw", "demo");
        raw.put("snapshot.mode", "no_data");
        Map<String, Map<String, String>> connectors = Map.of("j21-source", j21Source, "j21-sink", j21Sink,
                "raw-source", raw, "j12-sink", j12Sink);
        connectors.forEach(connect::createConnector);
        connectors.keySet().forEach(name -> connect.awaitRunning(name, 1));
        // dc2's sources read from their start position on: only now may the copy begin
        connect.createConnector("j12-source", j12Source);
        connect.awaitRunning("j12-source", 1);
    }

    private static Map<String, String> withLoopDetection(Map<String, String> source, String reverseJob) {
        source.put("transforms", "loop");
        source.put("transforms.loop.type", LoopDetection.class.getName());
        source.put("transforms.loop.origin.jobs", reverseJob);
        return source;
    }

    private static List<TopicRecords> awaitUntilRow(ConnectCluster connect, String topic, String shortForm) {
        @SuppressWarnings("unchecked")
        List<TopicRecords>[] read = new List[1];
        Await.until(topic + " to hold " + shortForm, TIMEOUT, () -> {
            read[0] = TopicRecords.of(connect.readAll(topic));
            return read[0].stream().anyMatch(r -> r.shortForm().equals(shortForm));
        }, () -> read[0] == null ? "nothing read" : read[0].size() + " records");
        return read[0];
    }

    /**
     * dc1's own transactions after the copy (from its binlog) were applied on dc2 once each, none skipped, across the
     * sink's restart; and j12's executed GTID set on dc2 names dc1 only, never a tag row.
     */
    private static void assertDc1TransactionsAppliedOnceOnDc2(LocalMySqlServer dc1, LocalMySqlServer dc2,
                                                               GtidSet dc1BeforeJobs) throws Exception {
        UUID dc1Uuid = TwoDataCentres.serverUuid(dc1);
        List<Long> origin = BinlogTransactions.originTransactions(dc1, dc1Uuid, dc1BeforeJobs, "demo");
        assertThat(origin).as("dc1's own transactions after the copy").hasSize(3);
        Map<UUID, Set<Long>> appliedOnDc2 = TwoDataCentres.appliedGtids(dc2);
        assertThat(appliedOnDc2.keySet()).as("servers whose transactions j12 applied on dc2").containsExactly(dc1Uuid);
        assertThat(appliedOnDc2.get(dc1Uuid)).isEqualTo(new TreeSet<>(origin));
        try (Connection connection = dc2.connect()) {
            GtidSet executed = new GtidExecutedTable(J12).read(connection);
            assertThat(executed.uuids()).as("sources in j12's executed GTID set").containsExactly(dc1Uuid);
            assertThat(new GtidExecutedTable(J21).read(connection).isEmpty()).isTrue();
        }
    }
}
