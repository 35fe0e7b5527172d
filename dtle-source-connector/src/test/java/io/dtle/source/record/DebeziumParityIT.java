package io.dtle.source.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.connector.SnapshotRecord;
import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.dtle.source.schema.SourceSchemaRegistry;
import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 3, "Types": the same table through Debezium's real MySQL connector and through our
 * schema registry and record factory gives the same keys, schemas and values, on the
 * snapshot path (JDBC) and the binlog path (mysql-binlog-connector-java), with
 * binlog_row_metadata FULL and MINIMAL (our column names come from DDL, not the binlog).
 */
class DebeziumParityIT {

    private static final String PREFIX = "dbz";
    private static final String TOPIC = PREFIX + "." + ParityTable.QUALIFIED;
    private static final TableId TABLE_ID = new TableId(ParityTable.DB, null, ParityTable.TABLE);

    @ParameterizedTest
    @ValueSource(strings = {"FULL", "MINIMAL"})
    void recordsMatchDebeziumsForEveryType(String rowMetadata) throws Exception {
        try (LocalMySqlServer mysql = ServerOptions.mysql().binlogRowMetadata(rowMetadata).start();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            mysql.execute("CREATE DATABASE " + ParityTable.DB, ParityTable.createTable());
            List<String> inserts = new ArrayList<>(List.of(ParityTable.PERMISSIVE));
            inserts.addAll(ParityTable.snapshotRows());
            mysql.execute(inserts.toArray(String[]::new));

            SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults(PREFIX);
            ChangeRecordFactory factory = new ChangeRecordFactory(registry.config());
            registry.applyCreateTable(ParityTable.DB, showCreateTable(mysql));
            // No writes happen until the binlog phase, so this is the position Debezium's snapshot sees too.
            String[] snapshotAt = binlogPosition(mysql);
            List<ChangeRecord> ourSnapshot = readSnapshot(mysql, registry, factory, snapshotAt);

            connect.createConnector("debezium", DebeziumConfig.forServer(mysql, connect, PREFIX, ParityTable.DB));
            connect.awaitRunning("debezium", 1);
            List<ConsumerRecord<byte[], byte[]>> theirSnapshot = connect.awaitRecords(TOPIC,
                    ParityTable.SNAPSHOT_RECORDS);

            String[] start = binlogPosition(mysql);
            List<ChangeRecord> ourBinlog;
            List<SchemaChangeRecord> ourSchemaChanges;
            try (MiniBinlogReader reader = new MiniBinlogReader(mysql.host(), mysql.port(), start[0],
                    Long.parseLong(start[1]), registry, factory)) {
                reader.start();
                List<String> changes = new ArrayList<>(List.of(ParityTable.PERMISSIVE));
                changes.addAll(ParityTable.binlogChanges());
                mysql.execute(changes.toArray(String[]::new));
                Await.until("our binlog records", Duration.ofSeconds(60),
                        () -> reader.failure() != null || reader.records().size() >= ParityTable.BINLOG_RECORDS);
                assertThat(reader.failure()).isNull();
                ourBinlog = reader.records();
                ourSchemaChanges = reader.schemaChanges();
            }
            List<ConsumerRecord<byte[], byte[]>> all = connect.awaitRecords(TOPIC,
                    ParityTable.SNAPSHOT_RECORDS + ParityTable.BINLOG_RECORDS);
            List<ConsumerRecord<byte[], byte[]>> theirBinlog = all.subList(ParityTable.SNAPSHOT_RECORDS, all.size());

            RecordComparer comparer = new RecordComparer();
            compare(comparer, "snapshot", 0, theirSnapshot.subList(0, ParityTable.SNAPSHOT_RECORDS), ourSnapshot);
            compare(comparer, "binlog", 1, theirBinlog, ourBinlog);
            compareSchemaChanges(comparer, connect.readAll(PREFIX), ourSchemaChanges);
            ParityReport.print(rowMetadata, registry.table(TABLE_ID).orElseThrow(), comparer);
            assertThat(comparer.mismatches()).isEmpty();
        }
    }

    private static void compare(RecordComparer comparer, String path, int index,
            List<ConsumerRecord<byte[], byte[]>> theirs, List<ChangeRecord> ours) throws Exception {
        assertThat(ours).as(path + " record count").hasSize(theirs.size());
        JsonConverter keys = converter(true);
        JsonConverter values = converter(false);
        for (int i = 0; i < theirs.size(); i++) {
            ChangeRecord our = ours.get(i);
            comparer.compare(path, index, theirs.get(i).key(), theirs.get(i).value(),
                    keys.fromConnectData(TOPIC, our.keySchema(), our.key()),
                    values.fromConnectData(TOPIC, our.valueSchema(), our.value()));
            comparer.compareHeaders(path, index, theirHeaders(theirs.get(i)), ourHeaders(our));
        }
    }

    /** Debezium's schema change topic also holds its snapshot's DDL; the streamed ALTER is what we compare. */
    private static void compareSchemaChanges(RecordComparer comparer, List<ConsumerRecord<byte[], byte[]>> topic,
            List<SchemaChangeRecord> ours) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> theirs = topic.stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"ddl\":\"ALTER TABLE"))
                .toList();
        assertThat(ours).as("schema change records").hasSize(theirs.size()).isNotEmpty();
        JsonConverter keys = converter(true);
        JsonConverter values = converter(false);
        for (int i = 0; i < theirs.size(); i++) {
            SchemaChangeRecord our = ours.get(i);
            comparer.compareSchemaChange(theirs.get(i).key(), theirs.get(i).value(),
                    keys.fromConnectData(PREFIX, our.keySchema(), our.key()),
                    values.fromConnectData(PREFIX, our.valueSchema(), our.value()));
        }
    }

    private static Map<String, String> theirHeaders(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Through the worker's default header converter, as Connect would write them. */
    private static Map<String, String> ourHeaders(ChangeRecord record) {
        Map<String, String> headers = new TreeMap<>();
        try (SimpleHeaderConverter converter = new SimpleHeaderConverter()) {
            converter.configure(Map.of());
            for (org.apache.kafka.connect.header.Header header : record.headers()) {
                byte[] bytes = converter.fromConnectHeader(TOPIC, header.key(), header.schema(), header.value());
                headers.put(header.key(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return headers;
    }

    /** The worker's converter settings: JsonConverter with schemas, otherwise defaults. */
    private static JsonConverter converter(boolean isKey) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), isKey);
        return converter;
    }

    private static List<ChangeRecord> readSnapshot(LocalMySqlServer mysql, SourceSchemaRegistry registry,
            ChangeRecordFactory factory, String[] snapshotAt) throws Exception {
        Table table = registry.table(TABLE_ID).orElseThrow();
        List<ChangeRecord> records = new ArrayList<>();
        String url = "jdbc:mysql://" + mysql.host() + ":" + mysql.port() + "/?" + SnapshotRowReader.JDBC_URL_PROPERTIES;
        SnapshotRowReader reader = new SnapshotRowReader(registry.config());
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + ParityTable.QUALIFIED + " ORDER BY id")) {
            while (rows.next()) {
                SnapshotRecord marker = SnapshotMarkers.forRow(true, true, rows.isFirst(), rows.isLast());
                SourcePosition at = SourcePosition.snapshot(ParityTable.DB, ParityTable.TABLE, snapshotAt[0],
                        Long.parseLong(snapshotAt[1]), Instant.now(), marker);
                records.add(factory.read(registry.schemaFor(TABLE_ID), reader.read(rows, table), at, null));
            }
        }
        return records;
    }

    private static String showCreateTable(LocalMySqlServer mysql) throws Exception {
        try (Connection connection = mysql.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW CREATE TABLE " + ParityTable.QUALIFIED)) {
            rs.next();
            return rs.getString(2);
        }
    }

    private static String[] binlogPosition(LocalMySqlServer mysql) throws Exception {
        try (Connection connection = mysql.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW MASTER STATUS")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    /** Debezium's MySQL connector with default settings, a memory schema history and JSON with schemas. */
    static final class DebeziumConfig {
        private DebeziumConfig() {
        }

        static Map<String, String> forServer(LocalMySqlServer mysql, ConnectCluster connect, String prefix,
                String database) {
            Map<String, String> config = new HashMap<>();
            config.put("connector.class", "io.debezium.connector.mysql.MySqlConnector");
            config.put("tasks.max", "1");
            config.put("database.hostname", mysql.host());
            config.put("database.port", String.valueOf(mysql.port()));
            config.put("database.user", "root");
            config.put("database.password", "");
            config.put("database.server.id", "5401");
            config.put("topic.prefix", prefix);
            config.put("database.include.list", database);
            config.put("snapshot.mode", "initial");
            config.put("schema.history.internal", "io.debezium.relational.history.MemorySchemaHistory");
            config.put("key.converter", JsonConverter.class.getName());
            config.put("key.converter.schemas.enable", "true");
            config.put("value.converter", JsonConverter.class.getName());
            config.put("value.converter.schemas.enable", "true");
            config.put("topic.creation.default.replication.factor", "1");
            config.put("topic.creation.default.partitions", "1");
            return config;
        }
    }
}
