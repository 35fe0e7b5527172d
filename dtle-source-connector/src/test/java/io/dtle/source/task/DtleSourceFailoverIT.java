package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ProcessWorker;
import io.dtle.testing.TopicRecords;
import io.dtle.testing.WorkerRest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker killed with SIGKILL mid-stream: the task resumes on a new worker from its committed offset, and in
 * ordered routing every source transaction arrives with all its rows. Records written after the last offset commit
 * are written again (Connect's at-least-once delivery); the sink dedupes them by GTID.
 */
class DtleSourceFailoverIT {
    private static final int TRANSACTIONS = 300;
    private static final int ROWS = 5;

    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).name("dtle-failover").start();
    }

    @Test
    void aKilledWorkerLosesNoTransaction() throws Exception {
        mysql.execute("CREATE DATABASE fe", "CREATE TABLE fe.t (id INT PRIMARY KEY, v INT)");
        Map<String, String> config = SourceConfigs.of(mysql, "pe", "fe");
        config.put("snapshot.mode", "no_data");
        config.put("topic.routing", "ordered");
        config.put("max.batch.size", "50");
        ProcessWorker doomed = runOnProcessWorker("failover", config);

        CompletableFuture<Void> writes = CompletableFuture.runAsync(DtleSourceFailoverIT::writeTransactions);
        // Killed after its first offset commit: a task with no stored offset starts a no_data stream at the
        // server's current position, which is not what this test is about.
        Await.until("some transactions in Kafka and an offset committed", ConnectCluster.DEFAULT_TIMEOUT,
                () -> connect.endOffset("pe.ordered") > TRANSACTIONS * (ROWS + 2) / 4
                        && connect.endOffset("connect-offset-topic-dtle-failover") > 0);
        doomed.kill();
        connect.addWorker();
        writes.get();

        int expected = TRANSACTIONS * (ROWS + 2);
        Await.until("every transaction in Kafka", ConnectCluster.DEFAULT_TIMEOUT,
                () -> connect.endOffset("pe.ordered") >= expected && allIds(read()).size() == TRANSACTIONS * ROWS,
                () -> connect.endOffset("pe.ordered") + " records");
        List<TopicRecords> records = read();
        Map<String, Set<Integer>> rowsByGtid = new TreeMap<>();
        for (TopicRecords record : records) {
            if ("c".equals(record.op())) {
                rowsByGtid.computeIfAbsent(record.header("dtle.gtid"), g -> new TreeSet<>())
                        .add(record.key().get("id").asInt());
            }
        }
        assertThat(rowsByGtid).hasSize(TRANSACTIONS);
        assertThat(rowsByGtid.values()).allSatisfy(ids -> {
            assertThat(ids).hasSize(ROWS);
            assertThat(ids.iterator().next() % ROWS).isEqualTo(1);
        });
        System.out.printf("failover: %d records for %d transactions (%d repeated)%n", records.size(), TRANSACTIONS,
                records.size() - expected);
    }

    @Test
    void aKilledSnapshotResumesAtItsLastChunk() throws Exception {
        int rows = 60_000;
        mysql.execute("CREATE DATABASE fs", "CREATE TABLE fs.t (id INT PRIMARY KEY, v INT)",
                "SET SESSION cte_max_recursion_depth = 100000",
                "INSERT INTO fs.t WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "
                        + rows + ") SELECT n, n FROM seq");
        Map<String, String> config = SourceConfigs.of(mysql, "ps", "fs");
        config.put("snapshot.chunk.size", "200");
        config.put("max.batch.size", "200");
        ProcessWorker doomed = runOnProcessWorker("snapshot-failover", config);
        Await.until("a third of the snapshot in Kafka", ConnectCluster.DEFAULT_TIMEOUT,
                () -> connect.endOffset("ps.fs.t") > rows / 3);
        doomed.kill();
        connect.addWorker();

        Await.until("the whole table in Kafka", ConnectCluster.DEFAULT_TIMEOUT,
                () -> connect.endOffset("ps.fs.t") >= rows
                        && allIds(TopicRecords.of(connect.readAll("ps.fs.t")), "r").size() == rows,
                () -> connect.endOffset("ps.fs.t") + " records");
        List<TopicRecords> records = TopicRecords.of(connect.readAll("ps.fs.t"));
        // Resumed at the last committed chunk, not from the start: the first chunk is not copied twice.
        assertThat(records.stream().filter(r -> r.key().get("id").asInt() == 1)).hasSize(1);
        assertThat(records.size()).isLessThan(2 * rows);
        // The resumed snapshot emits the table's definition again before its next chunk.
        assertThat(TopicRecords.of(connect.readAll("ps")).stream()
                .filter(r -> r.value().get("ddl").asText().startsWith("CREATE TABLE `t`"))).hasSizeGreaterThanOrEqualTo(2);
        System.out.printf("snapshot failover: %d records for %d rows%n", records.size(), rows);
    }

    /** Puts the connector on a worker process that alone owns it: the in-process worker leaves the group. */
    private static ProcessWorker runOnProcessWorker(String name, Map<String, String> config) {
        List<ProcessWorker> workers = List.of(connect.startProcessWorker());
        connect.stopWorker();
        // Until the group has rebalanced, the process worker forwards requests to the stopped leader.
        WorkerRest.putConfig(workers, name, config);
        Await.until("the task to run on the worker process", ConnectCluster.DEFAULT_TIMEOUT,
                () -> WorkerRest.taskRunning(workers, name), () -> WorkerRest.status(workers, name));
        return workers.get(0);
    }

    private static List<TopicRecords> read() {
        return TopicRecords.of(connect.readAll("pe.ordered"));
    }

    private static Set<Integer> allIds(List<TopicRecords> records) {
        return allIds(records, "c");
    }

    private static Set<Integer> allIds(List<TopicRecords> records, String op) {
        Set<Integer> ids = new TreeSet<>();
        records.stream().filter(r -> op.equals(r.op())).forEach(r -> ids.add(r.key().get("id").asInt()));
        return ids;
    }

    private static void writeTransactions() {
        for (int tx = 0; tx < TRANSACTIONS; tx++) {
            String[] statements = new String[ROWS + 2];
            statements[0] = "BEGIN";
            for (int row = 0; row < ROWS; row++) {
                statements[row + 1] = "INSERT INTO fe.t VALUES (" + (tx * ROWS + row + 1) + ", " + tx + ")";
            }
            statements[ROWS + 1] = "COMMIT";
            mysql.execute(statements);
        }
    }
}
