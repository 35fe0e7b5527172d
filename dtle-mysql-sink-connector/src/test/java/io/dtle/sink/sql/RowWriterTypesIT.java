package io.dtle.sink.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.source.DtleSourceConnector;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import io.dtle.testing.TableComparer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every MySQL type, from a real MySQL through DtleSourceConnector on a Connect cluster, read back with the
 * JSON converter and applied with {@link RowWriter} into MySQL and MariaDB targets: the target tables
 * equal the source's row by row. Also a table without a primary key holding duplicate rows.
 */
class RowWriterTypesIT {

    private static final String PREFIX = "rw";
    private static final String TYPES_TOPIC = PREFIX + "." + TypesTable.QUALIFIED;
    private static final String NO_KEY = TypesTable.DB + ".no_key";
    private static final String NO_KEY_TOPIC = PREFIX + "." + NO_KEY;
    private static final String ZERO_DATES = TypesTable.DB + ".zero_dates";
    /** 6 c, 3 + 1 u, d + tombstone + c for the key change, 2 x (d + tombstone). */
    private static final int TYPES_RECORDS = 6 + 6 + 4 + 3 + 4;
    /** Snapshot 5 r; streamed 1 u, 1 d (+ tombstone or not), 1 c: counted without tombstones. */
    private static final int NO_KEY_CHANGES = 5 + 3;

    @AutoClose
    private static LocalMySqlServer source;
    @AutoClose
    private static ConnectCluster connect;
    private static List<ConsumerRecord<byte[], byte[]>> typeRecords;
    private static List<ConsumerRecord<byte[], byte[]>> noKeyRecords;
    private static List<ConsumerRecord<byte[], byte[]>> zeroDateRecords;

    @BeforeAll
    static void replicateIntoKafka() {
        source = LocalMySqlServer.mysql();
        source.execute("CREATE DATABASE " + TypesTable.DB, TypesTable.createTable(),
                "CREATE TABLE " + NO_KEY + " (a INT, b VARCHAR(10), f FLOAT, g POINT)"
                        + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci",
                "INSERT INTO " + NO_KEY + " VALUES (1, 'x', 1.5, POINT(1, 2)), (1, 'x', 1.5, POINT(1, 2)),"
                        + " (2, 'y', NULL, NULL), (NULL, NULL, NULL, NULL), (NULL, NULL, NULL, NULL)");
        source.execute(TypesTable.snapshotRows().toArray(String[]::new));
        source.execute(TypesTable.PERMISSIVE, "CREATE TABLE " + ZERO_DATES + " (id INT PRIMARY KEY, d DATE NULL,"
                + " dt DATETIME(6) NULL, ts TIMESTAMP(6) NULL, d_not_null DATE NOT NULL, partial DATE NULL)"
                + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci",
                "INSERT INTO " + ZERO_DATES + " VALUES (1, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00',"
                        + " '0000-00-00', '2020-00-15')");
        connect = ConnectCluster.builder().workers(1).start();
        connect.createConnector("types", sourceConfig());
        connect.awaitRunning("types", 1);
        connect.awaitRecords(TYPES_TOPIC, 6);
        connect.awaitRecords(NO_KEY_TOPIC, 5);

        source.execute(TypesTable.binlogChanges().toArray(String[]::new));
        source.execute("UPDATE " + NO_KEY + " SET b = 'z' WHERE a = 1 LIMIT 1",
                "DELETE FROM " + NO_KEY + " WHERE a IS NULL LIMIT 1",
                "INSERT INTO " + NO_KEY + " VALUES (3, 'w', 2.5, NULL)");
        source.execute(TypesTable.PERMISSIVE, "INSERT INTO " + ZERO_DATES + " VALUES (2, '0000-00-00',"
                + " '0000-00-00 00:00:00', '0000-00-00 00:00:00', '0000-00-00', '2020-00-15')");
        typeRecords = connect.awaitRecords(TYPES_TOPIC, TYPES_RECORDS);
        zeroDateRecords = connect.awaitRecords(PREFIX + "." + ZERO_DATES, 2);
        noKeyRecords = awaitChanges(NO_KEY_TOPIC, NO_KEY_CHANGES);
    }

    @Test
    void everyTypeArrivesUnchangedInMySql() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql()) {
            replicate(target);
            TableComparer.between(source, target).tables(TypesTable.QUALIFIED, NO_KEY).assertEqual();
        }
    }

    /**
     * Debezium's records cannot carry zero dates, so no sink can restore them; this pins down what the
     * target gets. A zero or partly zero DATE/DATETIME arrives as NULL (Debezium logs "Invalid value ...
     * converted to empty value"), in a NOT NULL DATE column as 1970-01-01. A zero TIMESTAMP arrives as NULL
     * from the snapshot (row 1) but as the epoch from the binlog (row 2), which MySQL stores as zero again.
     */
    @Test
    void zeroDatesArriveAsDebeziumSendsThem() throws Exception {
        try (LocalMySqlServer target = LocalMySqlServer.mysql()) {
            replicate(target);
            try (var connection = target.connect(); var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT id, CONCAT_WS('|', IFNULL(d, 'NULL'), IFNULL(dt, 'NULL'),"
                         + " IFNULL(ts, 'NULL'), IFNULL(d_not_null, 'NULL'), IFNULL(partial, 'NULL')) FROM "
                         + ZERO_DATES + " ORDER BY id")) {
                List<String> seen = new ArrayList<>();
                while (rows.next()) {
                    seen.add(rows.getInt(1) + ":" + rows.getString(2));
                }
                assertThat(seen).containsExactly("1:NULL|NULL|NULL|1970-01-01|NULL",
                        "2:NULL|NULL|0000-00-00 00:00:00.000000|1970-01-01|NULL");
            }
        }
    }

    @Test
    void everyTypeArrivesUnchangedInMariaDb() throws Exception {
        try (LocalMySqlServer target = ServerOptions.mariaDb().start()) {
            replicate(target);
            // MariaDB's JSON is text: binlog rows carry Debezium's compact rendering of MySQL's binary JSON
            // ({"k":1}), snapshot rows MySQL's own ({"k": 1}). Equal as JSON; then the rest row by row.
            JsonColumns.assertEqualAsJson(source, target, TypesTable.QUALIFIED, "c_json");
            JsonColumns.copyText(source, target, TypesTable.QUALIFIED, "c_json");
            TableComparer.between(source, target).tables(TypesTable.QUALIFIED, NO_KEY).assertEqual();
        }
    }

    private static void replicate(LocalMySqlServer target) throws Exception {
        target.execute("CREATE DATABASE " + TypesTable.DB, showCreateTable(TypesTable.QUALIFIED),
                showCreateTable(NO_KEY), showCreateTable(ZERO_DATES));
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>(typeRecords);
        all.addAll(noKeyRecords);
        all.addAll(zeroDateRecords);
        try (EnvelopeApplier applier = new EnvelopeApplier(target.connect())) {
            applier.apply(all);
            assertThat(applier.updateMisses()).isEmpty();
        }
    }

    private static String showCreateTable(String table) {
        try (var connection = source.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SHOW CREATE TABLE " + table)) {
            rows.next();
            return rows.getString(2).replaceFirst("CREATE TABLE `", "CREATE TABLE `" + TypesTable.DB + "`.`");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitChanges(String topic, int count) {
        List<List<ConsumerRecord<byte[], byte[]>>> seen = new ArrayList<>(List.of(List.of()));
        Await.until(count + " changes on " + topic, Duration.ofSeconds(60), () -> {
            seen.set(0, connect.readAll(topic));
            return seen.get(0).stream().filter(r -> r.value() != null).count() >= count;
        }, () -> seen.get(0).size() + " records");
        return seen.get(0);
    }

    private static Map<String, String> sourceConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", DtleSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("database.hostname", source.host());
        config.put("database.port", Integer.toString(source.port()));
        config.put("database.user", "root");
        config.put("database.password", "");
        config.put("database.ssl.mode", "disabled");
        config.put("topic.prefix", PREFIX);
        config.put("database.include.list", TypesTable.DB);
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        config.put("heartbeat.interval.ms", "0");
        return config;
    }
}
