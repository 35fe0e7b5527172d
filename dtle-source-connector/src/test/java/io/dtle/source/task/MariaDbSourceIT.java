package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import io.dtle.testing.TopicRecords;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, MariaDB 10.11 as the source end to end: full copy then streaming with domain-server-sequence GTIDs, a
 * start from a given MariaDB GTID position, and a worker restart that resumes from the stored MariaDB offset.
 */
class MariaDbSourceIT {
    private static final String GTID = "\\d+-\\d+-\\d+";

    @AutoClose
    private static LocalMySqlServer mariaDb;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mariaDb = ServerOptions.mariaDb().start();
        connect = ConnectCluster.builder().workers(1).start();
    }

    @Test
    void fullCopyThenStreamingWithMariaDbGtids() {
        mariaDb.execute("CREATE DATABASE ma", "CREATE TABLE ma.t (id INT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB",
                "INSERT INTO ma.t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        Map<String, String> config = SourceConfigs.of(mariaDb, "qa", "ma");
        config.put("snapshot.chunk.size", "2");
        connect.createConnector("maria-full", config);
        connect.awaitRunning("maria-full", 1);
        assertThat(TopicRecords.of(connect.awaitRecords("qa.ma.t", 3))).extracting(TopicRecords::shortForm)
                .containsExactly("r:1", "r:2", "r:3");
        assertThat(TopicRecords.of(connect.awaitRecords("qa", 2))).extracting(r -> r.value().get("ddl").asText())
                .satisfiesExactly(ddl -> assertThat(ddl).startsWith("CREATE DATABASE `ma`"),
                        ddl -> assertThat(ddl).startsWith("CREATE TABLE `t`"));

        mariaDb.execute("BEGIN", "INSERT INTO ma.t VALUES (4, 'd')", "UPDATE ma.t SET name = 'x' WHERE id = 1",
                "DELETE FROM ma.t WHERE id = 2", "COMMIT");
        String gtid = mariaDb.gtidExecuted();
        List<TopicRecords> all = TopicRecords.of(connect.awaitRecords("qa.ma.t", 7));
        assertThat(all.subList(3, 7)).extracting(TopicRecords::shortForm)
                .containsExactly("c:4", "u:1", "d:2", "tombstone:2");
        TopicRecords update = all.get(4);
        assertThat(update.header("dtle.gtid")).matches(GTID).isEqualTo(gtid);
        assertThat(update.value().get("source").get("gtid").asText()).isEqualTo(gtid);
        assertThat(update.value().get("transaction").get("id").asText()).isEqualTo(gtid);
        assertThat(update.value().get("after").get("name").asText()).isEqualTo("x");
        List<TopicRecords> markers = TopicRecords.of(connect.awaitRecords("qa.transaction", 2));
        assertThat(markers).extracting(TopicRecords::op).containsExactly("BEGIN", "END");
        assertThat(markers.get(1).value().get("event_count").asLong()).isEqualTo(3);
        connect.deleteConnector("maria-full");
    }

    @Test
    void incrementalOnlyFromAMariaDbGtidPosition() {
        mariaDb.execute("CREATE DATABASE mb", "CREATE TABLE mb.t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB",
                "INSERT INTO mb.t VALUES (1, 1)");
        String delivered = mariaDb.gtidExecuted();
        assertThat(delivered).matches(GTID);
        mariaDb.execute("INSERT INTO mb.t VALUES (2, 2)", "INSERT INTO mb.t VALUES (3, 3)");
        Map<String, String> config = SourceConfigs.of(mariaDb, "qb", "mb");
        config.put("start.gtid", delivered);
        connect.createConnector("maria-incremental", config);
        connect.awaitRunning("maria-incremental", 1);

        mariaDb.execute("INSERT INTO mb.t VALUES (4, 4)");
        assertThat(TopicRecords.of(connect.awaitRecords("qb.mb.t", 3))).extracting(TopicRecords::shortForm)
                .containsExactly("c:2", "c:3", "c:4");
        connect.deleteConnector("maria-incremental");
    }

    @Test
    void aRestartedWorkerResumesFromTheStoredMariaDbPosition() {
        mariaDb.execute("CREATE DATABASE mc", "CREATE TABLE mc.t (id INT PRIMARY KEY) ENGINE=InnoDB");
        Map<String, String> config = SourceConfigs.of(mariaDb, "qc", "mc");
        config.put("snapshot.mode", "no_data");
        config.put("topic.routing", "ordered");
        connect.createConnector("maria-restart", config);
        connect.awaitRunning("maria-restart", 1);
        for (int id = 1; id <= 50; id++) {
            mariaDb.execute("INSERT INTO mc.t VALUES (" + id + ")");
        }
        Await.until("the first 50 rows", ConnectCluster.DEFAULT_TIMEOUT, () -> ids().size() == 50);

        connect.restartWorker();
        for (int id = 51; id <= 100; id++) {
            mariaDb.execute("INSERT INTO mc.t VALUES (" + id + ")");
        }
        connect.awaitRunning("maria-restart", 1);
        Await.until("all 100 rows", ConnectCluster.DEFAULT_TIMEOUT, () -> ids().size() == 100,
                () -> ids().size() + " rows");
        List<TopicRecords> records = TopicRecords.of(connect.readAll("qc.ordered"));
        // A graceful restart commits the offset first: every transaction arrives once, in order, with its GTID.
        List<TopicRecords> rows = records.stream().filter(r -> "c".equals(r.op())).toList();
        assertThat(rows).hasSize(100);
        assertThat(rows).extracting(r -> r.key().get("id").asInt()).isSorted();
        assertThat(rows).allSatisfy(r -> assertThat(r.header("dtle.gtid")).matches(GTID));
        assertThat(rows.get(99).header("dtle.gtid")).isEqualTo(mariaDb.gtidExecuted());
        connect.deleteConnector("maria-restart");
    }

    private static Set<Integer> ids() {
        Set<Integer> ids = new TreeSet<>();
        TopicRecords.of(connect.readAll("qc.ordered")).stream().filter(r -> "c".equals(r.op()))
                .forEach(r -> ids.add(r.key().get("id").asInt()));
        return ids;
    }
}
