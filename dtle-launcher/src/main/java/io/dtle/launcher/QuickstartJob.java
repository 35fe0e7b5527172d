package io.dtle.launcher;

import io.dtle.source.SchemaHistoryConfigKeys;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quick start's job (dtle's job.json of the manual as connector configs) and the changes it shows. */
final class QuickstartJob {
    static final String PREFIX = "dtle-demo";
    static final String TOPIC = PREFIX + ".ordered";
    static final String SINK_CLASS = "io.dtle.sink.DtleMySqlSinkConnector";

    private QuickstartJob() {
    }

    static boolean sinkAvailable() {
        try {
            Class.forName(SINK_CLASS);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static List<ConnectorConfig> connectors(LocalMySqlServer source, LocalMySqlServer target, boolean withSink,
                                            String kafkaBootstrap) {
        List<ConnectorConfig> connectors = new ArrayList<>();
        Map<String, String> src = new HashMap<>();
        src.put("connector.class", ConnectorConfig.SOURCE_CLASS);
        src.put("tasks.max", "1");
        src.put("database.hostname", source.host());
        src.put("database.port", Integer.toString(source.port()));
        src.put("database.user", "root");
        src.put("database.password", "");
        src.put("database.ssl.mode", "disabled");
        src.put("topic.prefix", PREFIX);
        src.put("topic.routing", "ordered");
        src.put("table.include.list", "demo.demo_tbl");
        src.put("topic.creation.default.replication.factor", "1");
        src.put("topic.creation.default.partitions", "1");
        src.put(SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        connectors.add(new ConnectorConfig(PREFIX + "-source", src));
        if (withSink) {
            Map<String, String> sink = new HashMap<>();
            sink.put("connector.class", SINK_CLASS);
            sink.put("tasks.max", "1");
            sink.put("topics", TOPIC);
            sink.put("connection.host", target.host());
            sink.put("connection.port", Integer.toString(target.port()));
            sink.put("connection.username", "root");
            sink.put("connection.password", "");
            sink.put("dtle.job.name", PREFIX);
            connectors.add(new ConnectorConfig(PREFIX + "-sink", sink));
        }
        return connectors;
    }

    /** Changes made one at a time on the source, after the {@code rows} rows of the full copy. */
    static List<Change> changes(int rows) {
        int next = rows + 1;
        return List.of(
                new Change("INSERT INTO demo.demo_tbl VALUES (" + next + ", 'new row')", "insert a=" + next,
                        "SELECT COUNT(*) FROM demo.demo_tbl WHERE a = " + next + " AND b = 'new row'", 1, 3),
                new Change("UPDATE demo.demo_tbl SET b = 'changed' WHERE a = 1", "update a=1",
                        "SELECT COUNT(*) FROM demo.demo_tbl WHERE a = 1 AND b = 'changed'", 1, 3),
                new Change("DELETE FROM demo.demo_tbl WHERE a = 2", "delete a=2",
                        "SELECT COUNT(*) FROM demo.demo_tbl WHERE a = 2", 0, 4),
                new Change("UPDATE demo.demo_tbl SET b = CONCAT(b, '!') WHERE a BETWEEN 10 AND 19",
                        "update 10 rows in one transaction",
                        "SELECT COUNT(*) FROM demo.demo_tbl WHERE a BETWEEN 10 AND 19 AND b LIKE '%!'", 10, 12));
    }

    /**
     * One statement on the source; on the target {@code check} counts {@code expected} once it arrived. In Kafka
     * it adds {@code records} records (BEGIN, the rows, END; a delete adds a tombstone).
     */
    record Change(String sql, String description, String check, long expected, long records) {
        boolean visibleOn(LocalMySqlServer target) {
            try (Connection connection = target.connect(); Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(check)) {
                return result.next() && result.getLong(1) == expected;
            } catch (SQLException notThereYet) {
                return false;
            }
        }
    }
}
