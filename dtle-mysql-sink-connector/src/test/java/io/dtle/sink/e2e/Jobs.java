package io.dtle.sink.e2e;

import io.dtle.common.json.SchemaCachingJsonConverter;
import io.dtle.sink.DtleMySqlSinkConnector;
import io.dtle.testing.ComparisonReport;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
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
        Map<String, String> config = SourceConnectorConfigs.of(mysql, prefix, databases);
        config.put("topic.routing", "ordered");
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
        // the translator's converters
        config.put("key.converter", SchemaCachingJsonConverter.class.getName());
        config.put("value.converter", SchemaCachingJsonConverter.class.getName());
        config.put("header.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("consumer.override.max.poll.records", "2000");
        return config;
    }

    /** Waits until the tables are equal row by row on both servers, then returns the final comparison. */
    public static ComparisonReport awaitEqual(LocalMySqlServer source, LocalMySqlServer target, Duration timeout,
                                       String... tables) {
        return awaitEqual(timeout, TableComparer.between(source, target).tables(tables));
    }

    /** Waits until {@code comparer} finds its tables equal, then returns the final comparison. */
    static ComparisonReport awaitEqual(Duration timeout, TableComparer comparer) {
        ComparisonReport[] last = new ComparisonReport[1];
        Await.until("the target tables equal the expected ones", timeout, () -> {
            last[0] = comparer.compare();
            return last[0].equal();
        }, () -> last[0] == null ? "no comparison yet" : last[0].describe());
        return comparer.assertEqual();
    }

    public static void awaitRunning(ConnectCluster connect, String name) {
        connect.awaitRunning(name, 1);
    }

    /** Creates job {@code name}: connectors {@code name-src} and {@code name-dst}; waits until both run. */
    static void start(ConnectCluster connect, String name, Map<String, String> source, Map<String, String> sink) {
        connect.createConnector(name + "-src", source);
        connect.createConnector(name + "-dst", sink);
        awaitRunning(connect, name + "-src");
        awaitRunning(connect, name + "-dst");
    }

    /** Deletes the connectors of job {@code name}, sink first. */
    static void stop(ConnectCluster connect, String name) {
        connect.deleteConnector(name + "-dst");
        connect.deleteConnector(name + "-src");
    }

    /** {@code config} with {@code keys} added. */
    static Map<String, String> with(Map<String, String> config, Map<String, String> keys) {
        config.putAll(keys);
        return config;
    }
}
