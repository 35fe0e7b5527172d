package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation works end to end: two MySQL servers, a two-worker Connect cluster, the table comparer. */
class SmokeIT {
    private static LocalMySqlServer source;
    private static LocalMySqlServer target;
    private static ConnectCluster connect;

    @BeforeAll
    static void startServers() {
        source = LocalMySqlServer.mysql();
        target = LocalMySqlServer.mysql();
        connect = ConnectCluster.builder().workers(2).start();
        System.out.printf("MySQL start %d ms and %d ms; Connect cluster (broker + 2 workers) %d ms%n",
                source.startupTime().toMillis(), target.startupTime().toMillis(), connect.startupTime().toMillis());
    }

    @AfterAll
    static void stopServers() {
        if (connect != null) {
            connect.close();
        }
        if (target != null) {
            target.close();
        }
        if (source != null) {
            source.close();
        }
    }

    @Test
    void aConnectorRunsOnTheClusterAndItsRecordsArriveInKafka(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("lines.txt");
        Files.write(input, List.of("one", "two", "three"));
        connect.createConnector("smoke-file", Map.of(
                "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
                "tasks.max", "1",
                "file", input.toString(),
                "topic", "smoke",
                // The broker does not auto-create topics; Connect creates them, as on a production cluster.
                "topic.creation.default.replication.factor", "1",
                "topic.creation.default.partitions", "1"));
        connect.awaitRunning("smoke-file", 1);

        List<ConsumerRecord<byte[], byte[]>> records = connect.awaitRecords("smoke", 3);

        assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("one", "two", "three");
        assertThat(connect.workerCount()).isEqualTo(2);
        connect.deleteConnector("smoke-file");
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
