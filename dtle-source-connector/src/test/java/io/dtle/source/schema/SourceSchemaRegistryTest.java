package io.dtle.source.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.relational.Column;
import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.debezium.schema.SchemaChangeEvent.SchemaChangeEventType;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

class SourceSchemaRegistryTest {

    private static final TableId T = new TableId("shop", null, "t");

    private final SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults("dbz");

    @Test
    void showCreateTableGivesDebeziumSchemas() {
        TableId id = registry.applyCreateTable("shop", "CREATE TABLE `t` (\n  `id` int NOT NULL,\n"
                + "  `amount` decimal(65,30) DEFAULT NULL,\n  `at` datetime(3) DEFAULT NULL,\n"
                + "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        assertThat(id).isEqualTo(T);
        TableSchema schema = registry.schemaFor(T);
        assertThat(schema.keySchema().name()).isEqualTo("dbz.shop.t.Key");
        assertThat(schema.valueSchema().name()).isEqualTo("dbz.shop.t.Value");
        assertThat(schema.getEnvelopeSchema().schema().name()).isEqualTo("dbz.shop.t.Envelope");
        assertThat(schema.valueSchema().field("amount").schema().name()).isEqualTo("org.apache.kafka.connect.data.Decimal");
        assertThat(schema.valueSchema().field("at").schema().name()).isEqualTo("io.debezium.time.Timestamp");
        assertThat(schema.keySchema().fields()).extracting(Field::name).containsExactly("id");
    }

    @Test
    void alterTableInAnyPositionIsTracked() {
        create("CREATE TABLE t (id INT PRIMARY KEY, b INT, c INT)");
        apply("shop", "ALTER TABLE t ADD COLUMN a VARCHAR(10) FIRST, ADD COLUMN bb INT AFTER b");
        assertThat(columns()).containsExactly("a", "id", "b", "bb", "c");
        apply("shop", "ALTER TABLE t DROP COLUMN b, MODIFY COLUMN c BIGINT AFTER a");
        assertThat(columns()).containsExactly("a", "c", "id", "bb");
        apply("other", "ALTER TABLE shop.t CHANGE COLUMN bb b2 TEXT FIRST");
        assertThat(columns()).containsExactly("b2", "a", "c", "id");
        assertThat(registry.schemaFor(T).valueSchema().field("c").schema().type()).isEqualTo(Schema.Type.INT64);
    }

    @Test
    void schemaIsRebuiltAfterChange() {
        create("CREATE TABLE t (id INT PRIMARY KEY)");
        TableSchema first = registry.schemaFor(T);
        DdlOutcome outcome = apply("shop", "ALTER TABLE t ADD COLUMN x INT");
        assertThat(outcome.changed()).containsExactly(T);
        assertThat(registry.schemaFor(T)).isNotSameAs(first);
        assertThat(registry.schemaFor(T).valueSchema().field("x")).isNotNull();
    }

    @Test
    void renameDropAndDatabaseStatements() {
        create("CREATE TABLE t (id INT PRIMARY KEY)");
        DdlOutcome renamed = apply("shop", "RENAME TABLE t TO t2");
        TableId t2 = new TableId("shop", null, "t2");
        assertThat(renamed.removed()).containsExactly(T);
        assertThat(renamed.changed()).containsExactly(t2);
        assertThat(apply("shop", "TRUNCATE TABLE t2").changedAnyTable()).isFalse();
        apply(null, "CREATE DATABASE other");
        apply("other", "CREATE TABLE u (id INT PRIMARY KEY)");
        assertThat(registry.tableIds()).contains(new TableId("other", null, "u"));
        assertThat(apply("shop", "DROP DATABASE other").removed()).containsExactly(new TableId("other", null, "u"));
        assertThat(apply("shop", "DROP TABLE t2").removed()).containsExactly(t2);
        assertThat(registry.tableIds()).isEmpty();
    }

    @Test
    void charsetsComeFromTheDdl() {
        create("CREATE TABLE t (id INT PRIMARY KEY, l VARCHAR(5) CHARACTER SET latin1, g VARCHAR(5) CHARACTER SET gbk,"
                + " e VARCHAR(5)) DEFAULT CHARSET=utf8mb4");
        assertThat(registry.table(T).orElseThrow().columnWithName("l").charsetName()).isEqualTo("latin1");
        assertThat(registry.table(T).orElseThrow().columnWithName("g").charsetName()).isEqualTo("gbk");
        assertThat(registry.table(T).orElseThrow().columnWithName("e").charsetName()).isEqualTo("utf8mb4");
    }

    @Test
    void schemaChangeEventsFollowDebeziumsTypes() {
        create("CREATE TABLE t (id INT PRIMARY KEY)");
        SchemaChange rename = apply("shop", "RENAME TABLE t TO t2").schemaChanges().get(0);
        assertThat(rename.type()).isEqualTo(SchemaChangeEventType.ALTER);
        assertThat(rename.previousTableId()).isEqualTo(T);
        assertThat(rename.table().id()).isEqualTo(new TableId("shop", null, "t2"));
        SchemaChange plainIndex = apply("shop", "CREATE INDEX i ON t2 (id)").schemaChanges().get(0);
        assertThat(plainIndex.type()).isEqualTo(SchemaChangeEventType.DATABASE);
        assertThat(plainIndex.ddl()).isEqualTo("CREATE INDEX i ON t2 (id)");
        assertThat(apply("shop", "BEGIN").schemaChanges()).isEmpty();
        SchemaChange truncate = apply("shop", "TRUNCATE TABLE t2").schemaChanges().get(0);
        assertThat(truncate.type()).isEqualTo(SchemaChangeEventType.TRUNCATE);
        assertThat(truncate.tableChanges()).isEmpty();
        SchemaChange drop = apply("shop", "DROP TABLE t2").schemaChanges().get(0);
        assertThat(drop.type()).isEqualTo(SchemaChangeEventType.DROP);
        assertThat(drop.tableChanges()).hasSize(1);
        SchemaChange database = apply(null, "CREATE DATABASE other").schemaChanges().get(0);
        assertThat(database.type()).isEqualTo(SchemaChangeEventType.DATABASE);
        assertThat(database.database()).isEqualTo("other");
        assertThat(database.table()).isNull();
    }

    private void create(String ddl) {
        apply("shop", "CREATE DATABASE IF NOT EXISTS shop");
        apply("shop", ddl);
    }

    private DdlOutcome apply(String db, String ddl) {
        return registry.applyDdl(db, ddl);
    }

    private List<String> columns() {
        return registry.table(T).orElseThrow().columns().stream().map(Column::name).toList();
    }
}
