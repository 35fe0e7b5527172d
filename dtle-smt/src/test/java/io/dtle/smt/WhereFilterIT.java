package io.dtle.smt;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import io.dtle.testing.TopicRecords;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: WhereFilter as a transform of the dtle source connector on a Connect cluster, on a real MySQL 8.0.33:
 * snapshot rows, inserts, updates crossing the condition both ways, deletes and NULLs follow the update rule; a
 * table without a condition passes whole.
 */
class WhereFilterIT {
    private static final String TOPIC = "split.ordered";

    @Test
    void recordsFollowTheUpdateRule() {
        try (LocalMySqlServer mysql = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            mysql.execute("CREATE DATABASE shop",
                    "CREATE TABLE shop.t (id INT PRIMARY KEY, a INT, name VARCHAR(10))",
                    "CREATE TABLE shop.u (id INT PRIMARY KEY, a INT)",
                    "INSERT INTO shop.t VALUES (1, 1, 'one'), (2, 7, 'two')", "INSERT INTO shop.u VALUES (1, 50)");
            Map<String, String> config = SourceConnectorConfigs.of(mysql, "split", "shop");
            config.put("topic.routing", "ordered");
            config.put("transforms", "where");
            config.put("transforms.where.type", WhereFilter.class.getName());
            config.put("transforms.where.where.shop.t", "a<5");
            connect.createConnector("split", config);
            connect.awaitRunning("split", 1);

            mysql.execute("INSERT INTO shop.t VALUES (3, 3, 'three')", "INSERT INTO shop.t VALUES (4, 9, 'four')",
                    "UPDATE shop.t SET a = 2 WHERE id = 1",
                    "UPDATE shop.t SET a = 8 WHERE id = 1",
                    "UPDATE shop.t SET a = 0 WHERE id = 4",
                    "UPDATE shop.t SET a = 9 WHERE id = 2",
                    "DELETE FROM shop.t WHERE id = 3",
                    "DELETE FROM shop.t WHERE id = 2",
                    "UPDATE shop.t SET a = NULL WHERE id = 4",
                    "BEGIN", "UPDATE shop.t SET a = 1 WHERE id = 1", "INSERT INTO shop.t VALUES (5, 5, 'five')",
                    "COMMIT",
                    "UPDATE shop.u SET a = 60 WHERE id = 1", "DELETE FROM shop.u WHERE id = 1",
                    "INSERT INTO shop.u VALUES (99, 1)");
            Await.until("the last insert into shop.u in " + TOPIC, Duration.ofSeconds(90),
                    () -> rows(connect).stream().anyMatch(r -> r.shortForm().equals("c:99")),
                    () -> rows(connect).stream().map(WhereFilterIT::form).toList().toString());

            List<TopicRecords> rows = rows(connect);
            assertThat(rows).extracting(WhereFilterIT::form).containsExactly(
                    "t r:1", "u r:1",
                    "t c:3",
                    "t u:1",
                    "t d:1",
                    "t c:4",
                    "t d:3", "tombstone:3",
                    "tombstone:2",
                    "t d:4",
                    "t c:1",
                    "u u:1", "u d:1", "tombstone:1", "u c:99");
            assertImages(rows.get(3), "1", "2");       // both match: the update as is
            assertImages(rows.get(4), "2", "-");       // 2 -> 8 leaves: delete of the old row
            assertImages(rows.get(5), "-", "0");       // 9 -> 0 enters: insert of the new row
            assertImages(rows.get(9), "0", "-");       // 0 -> NULL: NULL does not match a < 5
            assertImages(rows.get(10), "-", "1");      // 8 -> 1 enters, inside a transaction
            assertImages(rows.get(11), "50", "60");    // no condition on shop.u
            assertThat(rows.get(4).value().get("after").get("name")).isNull();
            assertThat(rows.get(4).value().get("before").get("name").asText()).isEqualTo("one");
            assertThat(rows.get(10).header("dtle.gtid")).isEqualTo(rows.get(10).value().get("source").get("gtid")
                    .asText());

            List<TopicRecords> all = TopicRecords.of(connect.readAll(TOPIC));
            assertThat(all.stream().filter(r -> r.op().equals("BEGIN")).count())
                    .isEqualTo(all.stream().filter(r -> r.op().equals("END")).count()).isEqualTo(13);
        }
    }

    private static List<TopicRecords> rows(ConnectCluster connect) {
        return TopicRecords.of(connect.readAll(TOPIC)).stream().filter(TopicRecords::isRow).toList();
    }

    private static String form(TopicRecords record) {
        return record.isTombstone() ? record.shortForm() : record.table() + " " + record.shortForm();
    }

    private static void assertImages(TopicRecords record, String before, String after) {
        assertThat(record.column("before", "a") + " -> " + record.column("after", "a")).as(form(record))
                .isEqualTo(before + " -> " + after);
    }
}
