package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.record.DtleHeaders;
import io.dtle.sink.apply.ApplyMetrics;
import io.dtle.sink.apply.SinkMetricsMXBean;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code errors.tolerance=all} with a dead-letter queue: a source transaction the target refuses goes to the queue
 * whole, record by record with the reason, is recorded as done on the target and never half applied; everything
 * else is applied.
 */
class DeadLetterQueueIT {
    private static final String DLQ = "dlq-refused";

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer target;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        source = LocalMySqlServer.mysql();
        target = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void refusedTransactionsGoWholeToTheDeadLetterQueueAndTheRestIsApplied() throws Exception {
        source.execute("CREATE DATABASE dlq", "CREATE TABLE dlq.t (id INT PRIMARY KEY, b VARCHAR(40))",
                "INSERT INTO dlq.t VALUES (1, 'ok')");
        target.execute("CREATE DATABASE dlq", "CREATE TABLE dlq.t (id INT PRIMARY KEY, b VARCHAR(3))");
        Map<String, String> sink = Jobs.with(Jobs.sink(target, "dlq"), Map.of(
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", DLQ,
                "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true",
                "transaction.buffer.rows", "10"));
        Jobs.start(connect, "dlq", Jobs.source(source, "dlq", "dlq"), sink);
        Jobs.awaitEqual(source, target, Duration.ofSeconds(60), "dlq.t");

        // A small transaction with one row too long for the target: none of its rows may land.
        source.execute("BEGIN", "INSERT INTO dlq.t VALUES (2, 'ok')",
                "INSERT INTO dlq.t VALUES (3, 'too long for the target')", "COMMIT");
        String small = source.lastGtid();
        source.execute("INSERT INTO dlq.t VALUES (4, 'ok')");
        // A transaction bigger than transaction.buffer.rows, applied as it streams, refused at its last row.
        StringBuilder big = new StringBuilder("INSERT INTO dlq.t VALUES ");
        for (int id = 100; id < 150; id++) {
            big.append(id == 100 ? "" : ", ").append('(').append(id).append(id == 149 ? ", 'far too long')" : ", 'ok')");
        }
        source.execute(big.toString());
        String streamed = source.lastGtid();
        source.execute("INSERT INTO dlq.t VALUES (5, 'ok')", "UPDATE dlq.t SET b = 'yes' WHERE id = 1");

        Jobs.awaitEqual(Duration.ofSeconds(90), TableComparer.between(source, target).tables("dlq.t")
                .leftWhere("dlq.t", "id NOT IN (2, 3) AND id < 100"));

        List<ConsumerRecord<byte[], byte[]>> dead = connect.awaitRecords(DLQ, 2 + 50);
        Map<String, List<ConsumerRecord<byte[], byte[]>>> byGtid = dead.stream()
                .collect(Collectors.groupingBy(r -> header(r, DtleHeaders.GTID)));
        assertThat(byGtid.keySet()).containsExactlyInAnyOrder(small, streamed);
        assertThat(rowRecords(byGtid.get(small))).isEqualTo(2);
        assertThat(rowRecords(byGtid.get(streamed))).isEqualTo(50);
        for (ConsumerRecord<byte[], byte[]> record : dead) {
            assertThat(header(record, "__connect.errors.exception.message"))
                    .contains("Data too long").contains(header(record, DtleHeaders.GTID));
            assertThat(header(record, "__connect.errors.topic")).isEqualTo("dlq.ordered");
        }

        SinkMetricsMXBean metrics = metrics("dlq-dst", "dlq-dst-0");
        Await.until("both refused transactions counted", Duration.ofSeconds(30),
                () -> metrics.getTransactionsSentToDeadLetterQueue() == 2,
                () -> metrics.getTransactionsSentToDeadLetterQueue() + " counted");
        GtidSet executed = GtidSet.parse(metrics.getExecutedGtidSet());
        assertThat(executed.contains(Gtid.parse(small))).isTrue();
        assertThat(executed.contains(Gtid.parse(streamed))).isTrue();

        // Transactions that arrive together are applied in one target transaction; the refused one among them is
        // found by applying them alone, and only it goes to the queue.
        connect.pauseConnector("dlq-dst");
        source.execute("INSERT INTO dlq.t VALUES (20, 'ok')");
        source.execute("INSERT INTO dlq.t VALUES (21, 'refused in a group')");
        String grouped = source.lastGtid();
        source.execute("INSERT INTO dlq.t VALUES (22, 'ok')", "UPDATE dlq.t SET b = 'grp' WHERE id = 5");
        connect.resumeConnector("dlq-dst");
        Jobs.awaitEqual(Duration.ofSeconds(90), TableComparer.between(source, target).tables("dlq.t")
                .leftWhere("dlq.t", "id NOT IN (2, 3, 21) AND id < 100"));
        List<ConsumerRecord<byte[], byte[]>> withGroup = connect.awaitRecords(DLQ, dead.size() + 3);
        assertThat(withGroup.subList(dead.size(), withGroup.size()))
                .allSatisfy(r -> assertThat(header(r, DtleHeaders.GTID)).isEqualTo(grouped));
        dead = withGroup;

        // Restarted, the task knows all as done from the bookkeeping table: none is tried or queued again.
        connect.restartTask("dlq-dst", 0);
        Jobs.awaitRunning(connect, "dlq-dst");
        source.execute("INSERT INTO dlq.t VALUES (6, 'ok')");
        Jobs.awaitEqual(Duration.ofSeconds(60), TableComparer.between(source, target).tables("dlq.t")
                .leftWhere("dlq.t", "id NOT IN (2, 3, 21) AND id < 100"));
        assertThat(connect.endOffset(DLQ)).isEqualTo(dead.size());
        Jobs.stop(connect, "dlq");
    }

    @Test
    void snapshotRowsTheTargetRefusesGoAloneToTheDeadLetterQueue() {
        source.execute("CREATE DATABASE dlqs", "CREATE TABLE dlqs.t (id INT PRIMARY KEY, b VARCHAR(40))");
        StringBuilder rows = new StringBuilder("INSERT INTO dlqs.t VALUES ");
        for (int id = 1; id <= 30; id++) {
            rows.append(id == 1 ? "" : ", ").append('(').append(id)
                    .append(id == 7 || id == 23 ? ", 'too long for the target')" : ", 'ok')");
        }
        source.execute(rows.toString());
        target.execute("CREATE DATABASE dlqs", "CREATE TABLE dlqs.t (id INT PRIMARY KEY, b VARCHAR(3))");
        Map<String, String> sink = Jobs.with(Jobs.sink(target, "dlqs"), Map.of(
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", "dlq-rows",
                "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true",
                "batch.size", "10"));
        Jobs.start(connect, "dlqs", Jobs.source(source, "dlqs", "dlqs"), sink);
        source.execute("INSERT INTO dlqs.t VALUES (31, 'ok')", "UPDATE dlqs.t SET b = 'yes' WHERE id = 8");

        Jobs.awaitEqual(Duration.ofSeconds(90), TableComparer.between(source, target).tables("dlqs.t")
                .leftWhere("dlqs.t", "id NOT IN (7, 23)"));
        List<ConsumerRecord<byte[], byte[]>> dead = connect.awaitRecords("dlq-rows", 2);
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .anySatisfy(value -> assertThat(value).contains("\"op\":\"r\"").contains("\"id\":7,"))
                .anySatisfy(value -> assertThat(value).contains("\"op\":\"r\"").contains("\"id\":23,"));
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "__connect.errors.exception.message"))
                .contains("Data too long").contains("dlqs.t"));
        Jobs.stop(connect, "dlqs");
    }

    private static long rowRecords(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().filter(r -> r.value() != null
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"op\":\"")).count();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static SinkMetricsMXBean metrics(String connector, String task) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = ApplyMetrics.name(connector, task);
        Await.until("the sink task's metrics bean", Duration.ofSeconds(30), () -> server.isRegistered(name),
                () -> "not registered");
        return JMX.newMXBeanProxy(server, name, SinkMetricsMXBean.class);
    }
}
