package io.dtle.source.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.connector.SnapshotRecord;
import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.dtle.common.record.Operation;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class ChangeRecordFactoryTest {

    private static final Instant EVENT_TIME = Instant.parse("2024-05-01T10:00:00Z");
    private static final BinlogCoordinates AT = new BinlogCoordinates(7, "uuid:5", "bin.000003", 1234, EVENT_TIME, 42L);
    private static final TransactionBlock TX = new TransactionBlock("uuid:5", 1, 1);

    private final SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults("dbz");
    private final ChangeRecordFactory factory = new ChangeRecordFactory(registry.config(), true,
            Clock.fixed(Instant.parse("2024-05-01T10:00:05Z"), ZoneOffset.UTC));
    private final TableSchema table;

    ChangeRecordFactoryTest() {
        registry.applyDdl("shop", "CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10))");
        table = registry.schemaFor(new TableId("shop", null, "t"));
    }

    @Test
    void sourceBlockIsDebeziumsMySqlSource() {
        List<ChangeRecord> records = factory.change(table, null, row(1, "a"), position(0), TX);
        assertThat(records).hasSize(1);
        Struct value = records.get(0).value();
        assertThat(value.getString("op")).isEqualTo("c");
        Struct source = value.getStruct("source");
        assertThat(source.schema().name()).isEqualTo("io.debezium.connector.mysql.Source");
        assertThat(source.getString("connector")).isEqualTo("mysql");
        assertThat(source.getString("name")).isEqualTo("dbz");
        assertThat(source.getString("db")).isEqualTo("shop");
        assertThat(source.getString("table")).isEqualTo("t");
        assertThat(source.getInt64("server_id")).isEqualTo(7L);
        assertThat(source.getString("gtid")).isEqualTo("uuid:5");
        assertThat(source.getString("file")).isEqualTo("bin.000003");
        assertThat(source.getInt64("pos")).isEqualTo(1234L);
        assertThat(source.getInt32("row")).isEqualTo(0);
        assertThat(source.getInt64("thread")).isEqualTo(42L);
        assertThat(source.getInt64("ts_ms")).isEqualTo(EVENT_TIME.toEpochMilli());
        assertThat(source.schema().field("snapshot").schema().defaultValue()).isEqualTo("false");
        assertThat(source.get("query")).isNull();
        assertThat(value.getStruct("transaction").getString("id")).isEqualTo("uuid:5");
        assertThat(records.get(0).key().getInt32("id")).isEqualTo(1);
    }

    @Test
    void deleteIsFollowedByTombstone() {
        List<ChangeRecord> records = factory.change(table, row(1, "a"), null, position(1), TX);
        assertThat(records).extracting(ChangeRecord::op).containsExactly(Operation.DELETE, Operation.DELETE);
        assertThat(records.get(0).value().getStruct("before").getString("name")).isEqualTo("a");
        assertThat(records.get(1).isTombstone()).isTrue();
        assertThat(records.get(1).key()).isEqualTo(records.get(0).key());
    }

    @Test
    void keyChangeIsDeleteTombstoneCreate() {
        List<ChangeRecord> records = factory.change(table, row(1, "a"), row(2, "a"), position(0), TX);
        assertThat(records).extracting(ChangeRecord::op)
                .containsExactly(Operation.DELETE, Operation.DELETE, Operation.CREATE);
        assertThat(records.get(2).key().getInt32("id")).isEqualTo(2);
        assertThat(((Struct) records.get(0).headers().lastWithName("__debezium.newkey").value()).getInt32("id"))
                .isEqualTo(2);
        assertThat(((Struct) records.get(2).headers().lastWithName("__debezium.oldkey").value()).getInt32("id"))
                .isEqualTo(1);
    }

    @Test
    void plainUpdateKeepsBothImages() {
        List<ChangeRecord> records = factory.change(table, row(1, "a"), row(1, "b"), position(0), TX);
        assertThat(records).hasSize(1);
        Struct value = records.get(0).value();
        assertThat(value.getString("op")).isEqualTo("u");
        assertThat(value.getStruct("before").getString("name")).isEqualTo("a");
        assertThat(value.getStruct("after").getString("name")).isEqualTo("b");
    }

    @Test
    void truncateIsADataEventWithoutKeyOrRows() {
        ChangeRecord truncate = factory.truncate(table, position(0), TX);
        assertThat(truncate.op()).isEqualTo(Operation.TRUNCATE);
        assertThat(truncate.key()).isNull();
        assertThat(truncate.keySchema()).isNull();
        assertThat(truncate.value().getString("op")).isEqualTo("t");
        assertThat(truncate.value().get("before")).isNull();
        assertThat(truncate.value().get("after")).isNull();
        assertThat(truncate.value().getStruct("source").getString("table")).isEqualTo("t");
        assertThat(truncate.value().getStruct("transaction").getString("id")).isEqualTo("uuid:5");
    }

    @Test
    void snapshotReadCarriesTheSnapshotMarker() {
        SourcePosition at = SourcePosition.snapshot("shop", "t", "bin.000003", 99, EVENT_TIME, SnapshotRecord.LAST);
        ChangeRecord read = factory.read(table, row(3, "c"), at, null);
        assertThat(read.value().getString("op")).isEqualTo("r");
        assertThat(read.value().getStruct("source").getString("snapshot")).isEqualTo("last");
        assertThat(read.value().get("transaction")).isNull();
        assertThat(read.valueSchema().name()).isEqualTo("dbz.shop.t.Envelope");
    }

    private static SourcePosition position(int row) {
        return SourcePosition.binlog("shop", "t", AT, row);
    }

    private static Object[] row(int id, String name) {
        // Binlog rows carry strings as bytes; Debezium's converter decodes them in the column's charset.
        return new Object[]{id, name.getBytes(java.nio.charset.StandardCharsets.UTF_8)};
    }
}
