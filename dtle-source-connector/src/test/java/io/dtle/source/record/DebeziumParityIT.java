package io.dtle.source.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.debezium.connector.SnapshotRecord;
import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.dtle.source.schema.SchemaChange;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TableId TABLE_ID = new TableId(ParityTable.DB, null, ParityTable.TABLE);

    @ParameterizedTest
    @ValueSource(strings = {"FULL", "MINIMAL"})
    void recordsMatchDebeziumsForEveryType(String rowMetadata) throws Exception {
        try (LocalMySqlServer mysql = ServerOptions.mysql().binlogRowMetadata(rowMetadata).start();
             ConnectCluster connect = ConnectCluster.builder().workers(1).start()) {
            mysql.execute("CREATE DATABASE " + ParityTable.DB, ParityTable.createTable());
            execute(mysql, ParityTable.snapshotRows());

            SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults(PREFIX);
            ChangeRecordFactory factory = new ChangeRecordFactory(registry.config());
            registry.applyServerCharset(mysql.queryString("SELECT @@character_set_server"),
                    mysql.queryString("SELECT @@collation_server"));
            SchemaChange createDatabase = registry.applyDatabase(ParityTable.DB, mysql.queryString(
                    "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '"
                    + ParityTable.DB + "'"), mysql.queryString("SELECT DEFAULT_COLLATION_NAME FROM "
                    + "information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + ParityTable.DB + "'"))
                    .schemaChanges().get(0);
            SchemaChange createTable = registry.applyDdl(ParityTable.DB, showCreateTable(mysql)).schemaChanges()
                    .get(0);
            // No writes happen until the binlog phase, so this is the position Debezium's snapshot sees too.
            String[] snapshotAt = binlogPosition(mysql);
            List<ChangeRecord> ourSnapshot = readSnapshot(mysql, registry, factory, snapshotAt);
            List<SchemaChangeRecord> ourSnapshotDdl = snapshotSchemaChanges(registry, snapshotAt,
                    List.of(createDatabase, createTable));

            connect.createConnector("debezium", DebeziumConfig.forServer(mysql, connect, PREFIX, ParityTable.DB));
            connect.awaitRunning("debezium", 1);
            List<ConsumerRecord<byte[], byte[]>> theirSnapshot = connect.awaitRecords(TOPIC,
                    ParityTable.SNAPSHOT_RECORDS);

            MiniBinlogReader ours = streamChanges(mysql, registry, factory);
            List<ConsumerRecord<byte[], byte[]>> all = connect.awaitRecords(TOPIC,
                    ParityTable.SNAPSHOT_RECORDS + ParityTable.BINLOG_RECORDS);

            RecordComparer comparer = new RecordComparer();
            compare(comparer, "snapshot", 0, theirSnapshot.subList(0, ParityTable.SNAPSHOT_RECORDS), ourSnapshot);
            compare(comparer, "binlog", 1, all.subList(ParityTable.SNAPSHOT_RECORDS, all.size()), ours.records());
            compareSchemaChanges(comparer, awaitStreamedSchemaChanges(connect, ours.schemaChanges().size()),
                    ours.schemaChanges());
            compareSnapshotSchemaChanges(comparer, connect.readAll(PREFIX), ourSnapshotDdl);
            ParityReport.print(rowMetadata, registry.table(TABLE_ID).orElseThrow(), comparer);
            assertThat(comparer.mismatches()).isEmpty();
        }
    }

    /** Makes the binlog changes and reads them with our reader; returns it closed, holding what it produced. */
    private static MiniBinlogReader streamChanges(LocalMySqlServer mysql, SourceSchemaRegistry registry,
            ChangeRecordFactory factory) throws Exception {
        String[] start = binlogPosition(mysql);
        try (MiniBinlogReader reader = new MiniBinlogReader(mysql.host(), mysql.port(), start[0],
                Long.parseLong(start[1]), registry, factory)) {
            reader.start();
            execute(mysql, ParityTable.binlogChanges());
            Await.until("our binlog records", Duration.ofSeconds(60), () -> reader.failure() != null
                    || reader.records().size() >= ParityTable.BINLOG_RECORDS
                    && reader.schemaChanges().size() >= ParityTable.SCHEMA_CHANGES);
            assertThat(reader.failure()).isNull();
            return reader;
        }
    }

    private static void execute(LocalMySqlServer mysql, List<String> statements) {
        List<String> all = new ArrayList<>(List.of(ParityTable.PERMISSIVE));
        all.addAll(statements);
        mysql.execute(all.toArray(String[]::new));
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

    /** Debezium's schema change topic also holds its snapshot's DDL; the streamed DDL is what we compare. */
    private static List<ConsumerRecord<byte[], byte[]>> awaitStreamedSchemaChanges(ConnectCluster connect,
            int expected) {
        List<List<ConsumerRecord<byte[], byte[]>>> seen = new ArrayList<>(List.of(List.of()));
        Await.until("Debezium's streamed schema changes", Duration.ofSeconds(60), () -> {
            seen.set(0, streamed(connect.readAll(PREFIX)));
            return seen.get(0).size() >= expected;
        }, () -> seen.get(0).stream().map(DebeziumParityIT::ddlOf).toList().toString());
        return seen.get(0);
    }

    private static String ddlOf(ConsumerRecord<byte[], byte[]> record) {
        try {
            return JSON.readTree(record.value()).path("payload").path("ddl").asText();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> streamed(List<ConsumerRecord<byte[], byte[]>> topic)
            throws java.io.IOException {
        List<ConsumerRecord<byte[], byte[]>> streamed = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : topic) {
            JsonNode snapshot = JSON.readTree(record.value()).path("payload").path("source").path("snapshot");
            if (snapshot.isMissingNode() || snapshot.isNull() || "false".equals(snapshot.asText())) {
                streamed.add(record);
            }
        }
        return streamed;
    }

    private static void compareSchemaChanges(RecordComparer comparer, List<ConsumerRecord<byte[], byte[]>> theirs,
            List<SchemaChangeRecord> ours) throws Exception {
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

    /**
     * The snapshot's CREATE DATABASE and CREATE TABLE records, built as SnapshotSchemaRecords builds them (snapshot
     * marker true at the snapshot's binlog position).
     */
    private static List<SchemaChangeRecord> snapshotSchemaChanges(SourceSchemaRegistry registry, String[] snapshotAt,
            List<SchemaChange> changes) {
        SchemaChangeRecordFactory factory = new SchemaChangeRecordFactory(registry.config());
        List<SchemaChangeRecord> records = new ArrayList<>();
        for (SchemaChange change : changes) {
            String table = change.table() == null ? null : change.table().id().table();
            records.add(factory.record(change, SourcePosition.snapshot(change.database(), table, snapshotAt[0],
                    Long.parseLong(snapshotAt[1]), Instant.now(), SnapshotRecord.TRUE)));
        }
        return records;
    }

    /** Debezium's snapshot DDL records with the same statement kind (CREATE DATABASE, CREATE TABLE) as ours. */
    private static void compareSnapshotSchemaChanges(RecordComparer comparer,
            List<ConsumerRecord<byte[], byte[]>> topic, List<SchemaChangeRecord> ours) throws Exception {
        JsonConverter keys = converter(true);
        JsonConverter values = converter(false);
        for (SchemaChangeRecord our : ours) {
            String kind = our.value().getString("ddl").substring(0, "CREATE DATABASE".length());
            ConsumerRecord<byte[], byte[]> their = topic.stream()
                    .filter(r -> "true".equals(sourceSnapshot(r)) && ddlOf(r).startsWith(kind))
                    .findFirst().orElseThrow(() -> new AssertionError("Debezium's snapshot has no " + kind
                            + " record; it has " + topic.stream().map(DebeziumParityIT::ddlOf).toList()));
            comparer.compareSnapshotSchemaChange(their.key(), their.value(),
                    keys.fromConnectData(PREFIX, our.keySchema(), our.key()),
                    values.fromConnectData(PREFIX, our.valueSchema(), our.value()));
        }
    }

    private static String sourceSnapshot(ConsumerRecord<byte[], byte[]> record) {
        try {
            return JSON.readTree(record.value()).path("payload").path("source").path("snapshot").asText();
        } catch (java.io.IOException e) {
            return e.toString();
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
