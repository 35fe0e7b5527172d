package io.dtle.source.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, "Metrics": a running task's snapshot and streaming metrics read through the platform MBean server
 * under Debezium's names, as a dashboard reads them; they are gone when the connector is deleted and registered
 * once again after a worker restart in the same JVM.
 */
class SourceMetricsIT {
    private static final int ROWS = 5_000;
    private static final int TRANSACTIONS = 20;
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void snapshotAndStreamingMetricsUnderDebeziumsNames() throws Exception {
        try (LocalMySqlServer mysql = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            mysql.execute("CREATE DATABASE fm", "CREATE TABLE fm.t (id INT PRIMARY KEY, v INT)",
                    "SET SESSION cte_max_recursion_depth = 100000",
                    "INSERT INTO fm.t WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "
                            + ROWS + ") SELECT n, n FROM seq", "ANALYZE TABLE fm.t");
            connect.createConnector("metrics", config(mysql));
            connect.awaitRunning("metrics", 1);
            ObjectName snapshot = new ObjectName("debezium.mysql:type=connector-metrics,context=snapshot,server=pm");
            ObjectName streaming = new ObjectName("debezium.mysql:type=connector-metrics,context=streaming,server=pm");

            Await.until("the snapshot to complete", ConnectCluster.DEFAULT_TIMEOUT,
                    () -> (Boolean) server.getAttribute(snapshot, "SnapshotCompleted"));
            assertThat(server.getAttribute(snapshot, "SnapshotRunning")).isEqualTo(false);
            assertThat(server.getAttribute(snapshot, "TotalTableCount")).isEqualTo(1);
            assertThat(server.getAttribute(snapshot, "RemainingTableCount")).isEqualTo(0);
            assertThat(rowsScanned(server.getAttribute(snapshot, "RowsScanned"))).containsEntry("fm.t", (long) ROWS);
            assertThat(server.getAttribute(snapshot, "RowsCopied")).isEqualTo((long) ROWS);
            assertThat((Long) server.getAttribute(snapshot, "RowsEstimated")).isPositive();
            assertThat(server.getAttribute(snapshot, "ProgressPercent")).isEqualTo(100.0);
            assertThat(server.getAttribute(snapshot, "EtaSeconds")).isEqualTo(0L);
            assertThat((Long) server.getAttribute(snapshot, "SnapshotDurationInSeconds")).isNotNegative();

            for (int i = 1; i <= TRANSACTIONS; i++) {
                mysql.execute("BEGIN", "INSERT INTO fm.t VALUES (" + (ROWS + i) + ", 0)",
                        "UPDATE fm.t SET v = -1 WHERE id = " + i, "COMMIT");
            }
            String executed = mysql.gtidExecuted();
            Await.until("the stream to reach the server's GTID set", ConnectCluster.DEFAULT_TIMEOUT,
                    () -> executed.equals(server.getAttribute(streaming, "GtidSet")),
                    () -> attribute(streaming, "GtidSet") + " of " + executed);
            assertThat(server.getAttribute(streaming, "Connected")).isEqualTo(true);
            assertThat(server.getAttribute(streaming, "CurrentGtidSet")).isEqualTo(executed);
            assertThat(server.getAttribute(streaming, "NumberOfCommittedTransactions")).isEqualTo((long) TRANSACTIONS);
            assertThat(server.getAttribute(streaming, "TotalNumberOfEventsSeen")).isEqualTo(2L * TRANSACTIONS);
            assertThat(server.getAttribute(streaming, "TotalNumberOfUpdateEventsSeen")).isEqualTo((long) TRANSACTIONS);
            assertThat((String) server.getAttribute(streaming, "LastTransactionId"))
                    .isEqualTo(mysql.queryString("SELECT @@server_uuid") + ":" + lastTransaction(executed));
            assertThat((String) server.getAttribute(streaming, "BinlogFilename")).startsWith("binlog.");
            assertThat((Long) server.getAttribute(streaming, "BinlogPosition")).isPositive();
            assertThat((Long) server.getAttribute(streaming, "MilliSecondsBehindSource")).isNotNegative();
            assertThat(server.getAttribute(streaming, "QueueTotalCapacity")).isEqualTo(100);
            assertThat((Integer) server.getAttribute(streaming, "QueueRemainingCapacity")).isBetween(0, 100);

            connect.restartWorker();
            connect.awaitRunning("metrics", 1);
            Await.until("the restarted task's metrics", ConnectCluster.DEFAULT_TIMEOUT,
                    () -> server.isRegistered(streaming) && (Boolean) server.getAttribute(streaming, "Connected"));
            assertThat(names()).containsExactlyInAnyOrder(snapshot, streaming);

            connect.deleteConnector("metrics");
            Await.until("the metrics to be unregistered", ConnectCluster.DEFAULT_TIMEOUT, () -> names().isEmpty(),
                    () -> String.valueOf(names()));
        }
    }

    private Set<ObjectName> names() {
        try {
            return server.queryNames(new ObjectName("debezium.mysql:server=pm,*"), null);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String attribute(ObjectName name, String attribute) {
        try {
            return String.valueOf(server.getAttribute(name, attribute));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static long lastTransaction(String gtidSet) {
        String intervals = gtidSet.substring(gtidSet.indexOf(':') + 1);
        String last = intervals.substring(intervals.lastIndexOf(':') + 1);
        return Long.parseLong(last.substring(last.lastIndexOf('-') + 1));
    }

    /** An MXBean Map reads as TabularData of key/value rows. */
    private static Map<String, Long> rowsScanned(Object attribute) {
        Map<String, Long> rows = new HashMap<>();
        for (Object row : ((TabularData) attribute).values()) {
            CompositeData data = (CompositeData) row;
            rows.put((String) data.get("key"), (Long) data.get("value"));
        }
        return rows;
    }

    private static Map<String, String> config(LocalMySqlServer mysql) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", DtleSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("database.hostname", mysql.host());
        config.put("database.port", Integer.toString(mysql.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("database.ssl.mode", "disabled");
        config.put("topic.prefix", "pm");
        config.put("database.include.list", "fm");
        config.put("snapshot.chunk.size", "500");
        config.put("max.queue.size", "100");
        config.put("max.batch.size", "50");
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        return config;
    }
}
