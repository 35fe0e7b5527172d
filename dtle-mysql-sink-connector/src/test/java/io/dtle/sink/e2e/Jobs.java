package io.dtle.sink.e2e;

import io.dtle.sink.DtleMySqlSinkConnector;
import io.dtle.testing.ComparisonReport;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import io.dtle.testing.Await;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Connector configs of a MySQL-to-MySQL job, as the translator makes them: ordered source, dtle sink. */
public final class Jobs {
    private Jobs() {
    }

    public static Map<String, String> source(LocalMySqlServer mysql, String prefix, String databases) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "io.dtle.source.DtleSourceConnector");
        config.put("tasks.max", "1");
        config.put("database.hostname", mysql.host());
        config.put("database.port", Integer.toString(mysql.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("database.ssl.mode", "disabled");
        config.put("topic.prefix", prefix);
        config.put("topic.routing", "ordered");
        config.put("database.include.list", databases);
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        config.put("heartbeat.interval.ms", "0");
        return config;
    }

    public static Map<String, String> sink(LocalMySqlServer target, String prefix) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", DtleMySqlSinkConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("topics", prefix + ".ordered");
        config.put("connection.host", target.host());
        config.put("connection.port", Integer.toString(target.port()));
        config.put("connection.username", "root");
        config.put("connection.password", "");
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("consumer.override.max.poll.records", "2000");
        return config;
    }

    /** Waits until the tables are equal row by row on both servers, then returns the final comparison. */
    static ComparisonReport awaitEqual(LocalMySqlServer source, LocalMySqlServer target, Duration timeout,
                                       String... tables) {
        ComparisonReport[] last = new ComparisonReport[1];
        Await.until("the target tables equal the source's", timeout, () -> {
            last[0] = TableComparer.between(source, target).tables(tables).compare();
            return last[0].equal();
        }, () -> last[0] == null ? "no comparison yet" : last[0].describe());
        return TableComparer.between(source, target).tables(tables).assertEqual();
    }

    static void awaitRunning(ConnectCluster connect, String name) {
        connect.awaitRunning(name, 1);
    }
}
