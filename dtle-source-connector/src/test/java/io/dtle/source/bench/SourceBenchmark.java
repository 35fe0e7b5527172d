package io.dtle.source.bench;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 3's benchmark: the same workload through dtle's source and Debezium's MySqlConnector 3.5 in one Connect
 * cluster, one connector at a time, with the JSON converter: (a) snapshot of a sysbench-like table, (b) streaming
 * of as many row inserts in 1000-row transactions. Each runs with Connect's producer defaults and with
 * batch.size=1 MiB, linger.ms=20 (per connector, producer.override.*). Rows/s are measured on the topic's end
 * offset, from the first record to the last, so no consumer competes for the CPU.
 *
 * <p>Streaming measures the connector, not the writer: the connector starts streaming, is paused, the rows are
 * written to the binlog, and the rate is that of the resumed connector catching up.
 *
 * <p>Run: {@code bench/source-benchmark.sh} (rows: {@code -Dbench.rows=1000000}; a subset with
 * {@code -Dbench.connectors=dtle} and {@code -Dbench.producer=tuned}; {@code dtle-rc} is dtle with
 * record.converter=JsonConverter, the same bytes converted on the connector's threads; {@code dtle-cached} and
 * {@code dtle-rc-cached} convert with SchemaCachingJsonConverter, the same bytes again).
 */
public final class SourceBenchmark {
    private static final int TRANSACTION_ROWS = 1000;
    /** dtle with record.converter=JsonConverter (docs/SOURCE.md, "Threads and memory"). */
    private static final String DTLE_RECORD_CONVERTER = "dtle-rc";
    /** Suffix of dtle connectors converting with SchemaCachingJsonConverter (docs/SOURCE.md). */
    private static final String CACHED = "-cached";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    private static final String SCHEMA_CACHING_JSON = "io.dtle.common.json.SchemaCachingJsonConverter";
    private static final Map<String, String> TUNED = Map.of("producer.override.batch.size", "1048576",
            "producer.override.linger.ms", "20");

    private final LocalMySqlServer mysql;
    private final ConnectCluster connect;
    private final int rows;
    private int run;

    private SourceBenchmark(LocalMySqlServer mysql, ConnectCluster connect, int rows) {
        this.mysql = mysql;
        this.connect = connect;
        this.rows = rows;
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        List<String> lines = new ArrayList<>();
        try (LocalMySqlServer mysql = ServerOptions.mysql().argument("--innodb-buffer-pool-size=512M").start();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            SourceBenchmark bench = new SourceBenchmark(mysql, connect, rows);
            bench.load();
            List<String> connectors = List.of(System.getProperty("bench.connectors",
                    "dtle," + DTLE_RECORD_CONVERTER + ",debezium").split(","));
            List<String> settings = List.of(System.getProperty("bench.producer", "defaults,tuned").split(","));
            for (Map<String, String> producer : List.of(Map.<String, String>of(), TUNED)) {
                String setting = producer.isEmpty() ? "defaults" : "tuned";
                if (!settings.contains(setting)) {
                    continue;
                }
                for (String connector : connectors) {
                    lines.add(bench.snapshot(connector, setting, producer));
                    lines.add(bench.streaming(connector, setting, producer));
                }
            }
        }
        System.out.printf("%nrows per phase: %,d; cores: %d%n", rows, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-9s %-9s %-10s %12s %10s %14s%n", "phase", "producer", "connector", "rows/s", "seconds",
                "written rows/s");
        lines.forEach(System.out::println);
    }

    /** The snapshot table: id BIGINT PK, k INT, c CHAR(120), pad CHAR(60), as sysbench's oltp table. */
    private void load() throws SQLException {
        long start = System.nanoTime();
        // A paused connector stops reading its binlog connection; the server must not drop it meanwhile.
        mysql.execute("SET GLOBAL net_write_timeout = 3600", "CREATE DATABASE bench", createTable("sbtest"));
        try (Connection connection = mysql.connect()) {
            for (int from = 1; from <= rows; from += 100_000) {
                insert(connection, "sbtest", from, Math.min(rows, from + 99_999));
            }
        }
        System.out.printf("loaded %,d rows in %.1f s%n", rows, seconds(start));
    }

    private static String createTable(String name) {
        return "CREATE TABLE bench." + name + " (id BIGINT NOT NULL PRIMARY KEY, k INT NOT NULL DEFAULT 0, "
                + "c CHAR(120) NOT NULL DEFAULT '', pad CHAR(60) NOT NULL DEFAULT '')";
    }

    private static void insert(Connection connection, String table, long from, long to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO bench." + table
                + " WITH RECURSIVE seq(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?) "
                + "SELECT n, n % 100000, LEFT(REPEAT(MD5(n), 4), 119), LEFT(REPEAT(MD5(n + 1), 2), 59) FROM seq")) {
            connection.createStatement().execute("SET SESSION cte_max_recursion_depth = 1000000");
            statement.setLong(1, from);
            statement.setLong(2, to);
            statement.executeUpdate();
        }
    }

    private String snapshot(String connector, String setting, Map<String, String> producer) {
        String prefix = "s" + (++run);
        Map<String, String> config = config(connector, prefix, "bench.sbtest", producer);
        config.put("snapshot.mode", "initial");
        String topic = prefix + ".bench.sbtest";
        connect.createConnector(prefix, config);
        Measure measure = Measure.untilEndOffset(connect, topic, rows);
        connect.deleteConnector(prefix);
        return measure.line("snapshot", setting, connector, 0);
    }

    private String streaming(String connector, String setting, Map<String, String> producer) throws SQLException {
        String prefix = "t" + (++run);
        String table = "stream_" + prefix;
        mysql.execute(createTable(table), "INSERT INTO bench." + table + " VALUES (0, 0, 'ready', '')");
        Map<String, String> config = config(connector, prefix, "bench." + table, producer);
        config.put("snapshot.mode", "no_data");
        String topic = prefix + ".bench." + table;
        connect.createConnector(prefix, config);
        connect.awaitRunning(prefix, 1);
        // The first streamed row proves the binlog connection is up before the workload starts.
        Await.until(connector + " streaming", ConnectCluster.DEFAULT_TIMEOUT, () -> {
            mysql.execute("UPDATE bench." + table + " SET k = k + 1 WHERE id = 0");
            return connect.endOffset(topic) > 0;
        });
        connect.pauseConnector(prefix);
        long ready = connect.endOffset(topic);
        long start = System.nanoTime();
        try (Connection connection = mysql.connect()) {
            for (long from = 1; from <= rows; from += TRANSACTION_ROWS) {
                insert(connection, table, from, Math.min(rows, from + TRANSACTION_ROWS - 1));
            }
        }
        double sourceSeconds = seconds(start);
        connect.resumeConnector(prefix);
        Measure measure = Measure.untilEndOffset(connect, topic, ready + rows);
        connect.deleteConnector(prefix);
        return measure.line("streaming", setting, connector, sourceSeconds);
    }

    private Map<String, String> config(String connector, String prefix, String table, Map<String, String> producer) {
        Map<String, String> config = new HashMap<>();
        config.put("tasks.max", "1");
        config.put("database.hostname", mysql.host());
        config.put("database.port", Integer.toString(mysql.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("topic.prefix", prefix);
        config.put("database.include.list", "bench");
        config.put("table.include.list", table);
        config.put("key.converter", JSON_CONVERTER);
        config.put("value.converter", JSON_CONVERTER);
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        if (connector.startsWith("dtle")) {
            config.put("connector.class", DtleSourceConnector.class.getName());
            config.put("database.ssl.mode", "disabled");
            // "-cached": JsonConverter's bytes with each schema written once (SchemaCachingJsonConverter)
            String json = connector.endsWith(CACHED) ? SCHEMA_CACHING_JSON : JSON_CONVERTER;
            config.put("key.converter", json);
            config.put("value.converter", json);
            if (connector.startsWith(DTLE_RECORD_CONVERTER)) {
                // The same JSON bytes, converted on the connector's threads instead of Connect's task thread.
                config.put("record.converter", json);
                config.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
                config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
            }
        } else {
            config.put("connector.class", "io.debezium.connector.mysql.MySqlConnector");
            config.put("database.server.id", Integer.toString(6000 + run));
            config.put("database.ssl.mode", "disabled");
            config.put("schema.history.internal", "io.debezium.relational.history.MemorySchemaHistory");
        }
        config.putAll(producer);
        return config;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Watches a topic's end offset every 100 ms; the rate counts from the first record seen to the target. */
    private record Measure(long firstOffset, long target, long firstNanos, long endNanos) {
        static Measure untilEndOffset(ConnectCluster connect, String topic, long target) {
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            long base = -1;
            long firstNanos = 0;
            while (System.nanoTime() < deadline) {
                long offset = connect.endOffset(topic);
                long now = System.nanoTime();
                if (base < 0 && offset > 0) {
                    base = offset;
                    firstNanos = now;
                }
                if (offset >= target) {
                    return new Measure(base, target, firstNanos, now);
                }
                sleep(100);
            }
            throw new IllegalStateException(topic + " did not reach " + target + " records in 30 minutes");
        }

        String line(String phase, String setting, String connector, double writerSeconds) {
            double seconds = (endNanos - firstNanos) / 1e9;
            long rows = target - firstOffset;
            double rate = seconds == 0 ? 0 : rows / seconds;
            return String.format("%-9s %-9s %-10s %,12.0f %10.1f %14s", phase, setting, connector, rate, seconds,
                    writerSeconds == 0 ? "-" : String.format("%,.0f", (target - firstOffset) / writerSeconds));
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
