package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ProcessWorker;
import io.dtle.testing.TopicRecords;
import io.dtle.testing.WorkerRest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exactly-once source (issue #3, KIP-618): on a worker with exactly.once.source.support=enabled and the connector at
 * transaction.boundary=connector, the task's worker is SIGKILLed once mid-snapshot and twice mid-stream while a
 * writer commits transactions of 1 to 20,000 rows. A read_committed consumer then sees every snapshot row once and
 * every source transaction whole, once, in source order; a read_uncommitted one sees the aborted duplicates too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExactlyOnceSourceIT {
    private static final String JOB = "eos";
    private static final String TOPIC = "eo.ordered";
    private static final int SNAPSHOT_ROWS = 40_000;
    private static final int TRANSACTIONS = 200;

    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static ConnectCluster connect;

    /** Every worker process started, the killed ones included; the tests share the live one. */
    private static final List<ProcessWorker> workers = new ArrayList<>();

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).name("dtle-eos")
                .workerProperty("exactly.once.source.support", "enabled")
                // A killed task's open transaction holds back read_committed readers, the next worker's offset
                // reader included, until the broker aborts it: 30 s instead of the producer's default 60 s.
                .workerProperty("producer.transaction.timeout.ms", "30000")
                .brokerProperty("transaction.state.log.replication.factor", "1")
                .brokerProperty("transaction.state.log.min.isr", "1")
                .start();
    }

    @Test
    @Order(1)
    void aKilledWorkerNeitherSplitsNorRepeatsATransaction() throws Exception {
        mysql.execute("CREATE DATABASE eos", "CREATE TABLE eos.s (id INT PRIMARY KEY, v INT)",
                "SET SESSION cte_max_recursion_depth = 100000",
                "INSERT INTO eos.s WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "
                        + SNAPSHOT_ROWS + ") SELECT n, n FROM seq");
        TransactionWriter writer = new TransactionWriter(mysql, "eos", TRANSACTIONS, 30, 110, 180);
        writer.createTables();
        Map<String, String> config = config();
        assertThat(validationErrors(config)).as("errors of the REST validate endpoint").isEmpty();

        workers.add(connect.startProcessWorker());
        connect.stopWorker();
        WorkerRest.putConfig(workers, JOB, config);
        awaitTaskRunning();
        long atKill = killTaskWorkerAfter(SNAPSHOT_ROWS / 4);
        System.out.printf("eos: worker killed mid-snapshot at end offset %d of %d rows%n", atKill, SNAPSHOT_ROWS);

        // The new task took its consistent snapshot in start(), before Connect reported it running: rows written
        // from now on reach Kafka through the binlog only.
        CompletableFuture<Void> writes = CompletableFuture.runAsync(writer::writeAll);
        CommittedEndSampler sampler = CommittedEndSampler.start(connect, TOPIC);
        long rows = writer.totalRows();
        System.out.printf("eos: worker killed mid-stream at end offset %d%n",
                killTaskWorkerAfter(SNAPSHOT_ROWS + rows / 4));
        System.out.printf("eos: worker killed mid-stream at end offset %d%n",
                killTaskWorkerAfter(SNAPSHOT_ROWS + rows * 2 / 3));
        writes.get();
        // While the stream ran, the committed part of the topic always ended with a whole transaction.
        Map<String, Integer> lastOps = sampler.stop();
        System.out.printf("eos: the committed topic ended with %s%n", lastOps);
        assertThat(lastOps.keySet()).as("kinds of the last committed record while streaming")
                .contains("END").doesNotContain("BEGIN", "c");

        long least = SNAPSHOT_ROWS + rows + 2L * TRANSACTIONS;
        Await.until("every transaction committed", Duration.ofMinutes(5),
                () -> connect.endOffset(TOPIC) >= least && connect.committedEndOffset(TOPIC) == connect.endOffset(TOPIC)
                        && committed().rowsByTransaction.size() == TRANSACTIONS,
                () -> connect.endOffset(TOPIC) + " offsets, " + connect.committedEndOffset(TOPIC) + " stable; status "
                        + WorkerRest.status(workers, JOB));
        List<TopicRecords> committed = TopicRecords.of(connect.readCommitted(TOPIC));
        OrderedTopicReplay replay = OrderedTopicReplay.of(committed, "s");
        assertThat(replay.snapshotIds).as("snapshot rows, once each, in key order")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, SNAPSHOT_ROWS).boxed().toList());
        int[] sizes = writer.sizes();
        assertThat(replay.rowsByTransaction).hasSize(TRANSACTIONS);
        replay.rowsByTransaction.forEach((tx, count) ->
                assertThat(count).as("rows of writer transaction " + tx).isEqualTo(sizes[tx]));

        List<TopicRecords> everything = TopicRecords.of(connect.readAll(TOPIC));
        System.out.printf("eos: %d committed records, %d with the aborted ones%n", committed.size(),
                everything.size());
        assertThat(everything.size()).as("records read uncommitted, aborted duplicates included")
                .isGreaterThan(committed.size());
    }

    /** Runs after the kills, on their last worker process: the in-process worker has left the group. */
    @Test
    @Order(2)
    void tableRoutingCommitsAfterEachEndMarkerDdlAndHeartbeat() {
        tableRoutingCommitsAfterEachUnit("eot", "et", Map.of());
    }

    /** record.converter makes new records of the source's: the boundaries must move to them. */
    @Test
    @Order(3)
    void theConnectorsOwnRecordConverterKeepsTheBoundaries() {
        String bytes = "org.apache.kafka.connect.converters.ByteArrayConverter";
        tableRoutingCommitsAfterEachUnit("eor", "er", Map.of("record.converter",
                "org.apache.kafka.connect.json.JsonConverter", "key.converter", bytes, "value.converter", bytes));
    }

    private void tableRoutingCommitsAfterEachUnit(String database, String prefix, Map<String, String> extra) {
        mysql.execute("CREATE DATABASE " + database, "CREATE TABLE " + database + ".a (id INT PRIMARY KEY, v INT)",
                "CREATE TABLE " + database + ".b (id INT PRIMARY KEY, v INT)");
        Map<String, String> config = SourceConfigs.of(mysql, prefix, database);
        config.put("snapshot.mode", "no_data");
        config.put("exactly.once.support", "required");
        config.put("transaction.boundary", "connector");
        config.putAll(extra);
        if (workers.stream().noneMatch(ProcessWorker::isAlive)) {
            workers.add(connect.startProcessWorker());
        }
        WorkerRest.putConfig(workers, database, config);
        Await.until("the " + database + " task to run", ConnectCluster.DEFAULT_TIMEOUT,
                () -> WorkerRest.taskRunning(workers, database), () -> WorkerRest.status(workers, database));
        mysql.execute("BEGIN", "INSERT INTO " + database + ".a VALUES (1, 1)",
                "INSERT INTO " + database + ".b VALUES (1, 1)", "COMMIT");
        mysql.execute("UPDATE " + database + ".a SET v = 2 WHERE id = 1");
        mysql.execute("BEGIN", "INSERT INTO " + database + ".b VALUES (2, 2), (3, 3)", "COMMIT");
        // Nothing follows the DDL: only a commit after its own record makes it visible.
        mysql.execute("ALTER TABLE " + database + ".a ADD COLUMN w INT");

        Await.until("the ALTER TABLE committed", ConnectCluster.DEFAULT_TIMEOUT,
                () -> TopicRecords.of(connect.readCommitted(prefix)).stream()
                        .anyMatch(r -> r.value().get("ddl").asText().startsWith("ALTER TABLE")));
        assertThat(TopicRecords.of(connect.readCommitted(prefix + ".transaction")).stream().map(TopicRecords::op))
                .containsExactly("BEGIN", "END", "BEGIN", "END", "BEGIN", "END");
        assertThat(TopicRecords.of(connect.readCommitted(prefix + "." + database + ".a")).stream()
                .map(TopicRecords::shortForm)).containsExactly("c:1", "u:1");
        assertThat(TopicRecords.of(connect.readCommitted(prefix + "." + database + ".b")).stream()
                .map(TopicRecords::shortForm)).containsExactly("c:1", "c:2", "c:3");
        for (String topic : List.of(prefix, prefix + ".transaction", prefix + "." + database + ".a",
                prefix + "." + database + ".b")) {
            assertThat(connect.committedEndOffset(topic)).as("no transaction left open on " + topic)
                    .isEqualTo(connect.endOffset(topic));
        }

        config.put("heartbeat.interval.ms", "200");
        WorkerRest.putConfig(workers, database, config);
        Await.until("a committed heartbeat", ConnectCluster.DEFAULT_TIMEOUT,
                () -> connect.committedEndOffset("__debezium-heartbeat." + prefix) > 0);
    }

    private static Map<String, String> config() {
        Map<String, String> config = SourceConfigs.of(mysql, "eo", "eos");
        config.put("topic.routing", "ordered");
        config.put("exactly.once.support", "required");
        config.put("transaction.boundary", "connector");
        config.put("snapshot.chunk.size", "500");
        // Polls end inside source transactions: the boundaries must not follow them.
        config.put("max.batch.size", "300");
        return config;
    }

    private static List<String> validationErrors(Map<String, String> config) {
        Map<String, String> named = new HashMap<>(config);
        named.put("name", JOB);
        return connect.validate(DtleSourceConnector.class.getName(), named).values().stream()
                .filter(info -> !info.configValue().errors().isEmpty())
                .map(info -> info.configValue().name() + ": " + info.configValue().errors()).toList();
    }

    private OrderedTopicReplay committed() {
        return OrderedTopicReplay.of(TopicRecords.of(connect.readCommitted(TOPIC)), "s");
    }

    /** Kills the worker process that runs the task once the topic passes {@code offset}; a new one takes over. */
    private long killTaskWorkerAfter(long offset) {
        Await.until("end offset " + offset + " of " + TOPIC, ConnectCluster.DEFAULT_TIMEOUT,
                () -> connect.endOffset(TOPIC) > offset, () -> connect.endOffset(TOPIC) + " offsets");
        long at = connect.endOffset(TOPIC);
        // The only live worker runs the task: no other worker has joined since it took the task.
        workers.stream().filter(ProcessWorker::isAlive).forEach(ProcessWorker::kill);
        workers.add(connect.startProcessWorker());
        awaitTaskRunning();
        return at;
    }

    private void awaitTaskRunning() {
        ProcessWorker newest = workers.get(workers.size() - 1);
        Await.until("the task to run on " + newest, ConnectCluster.DEFAULT_TIMEOUT,
                () -> WorkerRest.taskRunningOn(workers, JOB, newest), () -> WorkerRest.status(workers, JOB));
    }
}
