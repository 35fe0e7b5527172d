package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation works end to end: two MySQL servers, a two-worker Connect cluster, the table comparer. */
class SmokeIT {
    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static LocalMySqlServer target;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void startServers() {
        source = LocalMySqlServer.mysql();
        target = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(2).start();
        System.out.printf("MySQL start %d ms and %d ms; Connect cluster (broker + 2 workers) %d ms%n",
                source.startupTime().toMillis(), target.startupTime().toMillis(), connect.startupTime().toMillis());
    }

    @Test
    void aConnectorRunsOnTheClusterAndItsRecordsArriveInKafka(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("lines.txt");
        Files.write(input, List.of("one", "two", "three"));
        // The broker does not auto-create topics; Connect creates them, as on a production cluster.
        connect.createConnector("smoke-file", fileSource(input, "smoke"));
        connect.awaitRunning("smoke-file", 1);

        List<ConsumerRecord<byte[], byte[]>> records = connect.awaitRecords("smoke", 3);

        assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("one", "two", "three");
        assertThat(connect.workerCount()).isEqualTo(2);
        connect.deleteConnector("smoke-file");
    }

    @Test
    void tasksOfAKilledWorkerProcessMoveToTheSurvivors(@TempDir Path dir) throws Exception {
        ProcessWorker doomed = connect.startProcessWorker();
        // Three connectors with a task each over three workers: the balanced assignment gives the process two units.
        for (int i = 0; i < 3; i++) {
            Path input = dir.resolve("in" + i + ".txt");
            Files.write(input, List.of("before-" + i));
            connect.createConnector("spread-" + i, fileSource(input, "spread-" + i));
        }
        for (int i = 0; i < 3; i++) {
            connect.awaitRunning("spread-" + i, 1);
        }
        Await.until("the worker process to own a connector or task", ConnectCluster.DEFAULT_TIMEOUT,
                () -> ownedBy(doomed.workerId()) > 0);

        doomed.kill();
        for (int i = 0; i < 3; i++) {
            Files.write(dir.resolve("in" + i + ".txt"), List.of("before-" + i, "after-" + i));
        }

        Await.until("every connector and task to run on the surviving workers", ConnectCluster.DEFAULT_TIMEOUT,
                () -> ownedBy(doomed.workerId()) == 0 && allRunning());
        for (int i = 0; i < 3; i++) {
            List<ConsumerRecord<byte[], byte[]>> records = connect.awaitRecords("spread-" + i, 2);
            assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).contains("after-" + i);
            connect.deleteConnector("spread-" + i);
        }
    }

    private static long ownedBy(String workerId) {
        long owned = 0;
        for (int i = 0; i < 3; i++) {
            var status = connect.status("spread-" + i);
            owned += workerId.equals(status.connector().workerId()) ? 1 : 0;
            owned += status.tasks().stream().filter(t -> workerId.equals(t.workerId())).count();
        }
        return owned;
    }

    private static boolean allRunning() {
        for (int i = 0; i < 3; i++) {
            var status = connect.status("spread-" + i);
            if (!"RUNNING".equals(status.connector().state()) || status.tasks().isEmpty()
                    || !status.tasks().stream().allMatch(t -> "RUNNING".equals(t.state()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> fileSource(Path input, String topic) {
        return Map.of(
                "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
                "tasks.max", "1",
                "file", input.toString(),
                "topic", topic,
                "topic.creation.default.replication.factor", "1",
                "topic.creation.default.partitions", "1");
    }

    @Test
    void theComparerFindsEqualTablesEqualAndNamesTheRowsThatDiffer() {
        String[] schema = {
            "CREATE DATABASE IF NOT EXISTS shop",
            "CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, customer VARCHAR(40), total DECIMAL(10,2),"
                    + " placed DATETIME(3), note BLOB)",
            "INSERT INTO shop.orders VALUES (1, 'ann', 10.50, '2024-01-01 10:00:00.123', x'00ff'),"
                    + " (2, 'bob', NULL, '2024-01-02 11:00:00', NULL), (3, 'cy', 7.00, NULL, 'txt')"
        };
        source.execute(schema);
        target.execute(schema);

        ComparisonReport equal = TableComparer.between(source, target).schemas("shop").assertEqual();
        assertThat(equal.table("shop.orders").left().rows()).isEqualTo(3);

        target.execute("UPDATE shop.orders SET total = 10.51 WHERE id = 1", "DELETE FROM shop.orders WHERE id = 2",
                "INSERT INTO shop.orders VALUES (4, 'dee', 1.00, NULL, NULL)");
        ComparisonReport different = TableComparer.between(source, target).tables("shop.orders").compare();

        assertThat(different.equal()).isFalse();
        TableComparison orders = different.table("shop.orders");
        assertThat(orders.differences()).extracting(RowDifference::key).containsExactly("id=1", "id=2", "id=4");
        assertThat(orders.differences().get(0).left()).contains("total=10.50");
        assertThat(orders.differences().get(0).right()).contains("total=10.51");
        assertThat(orders.differences().get(1).right()).isNull();
        assertThat(orders.differences().get(2).left()).isNull();
        assertThat(different.describe()).contains("DIFFERENT").contains("key id=1");
    }
}
