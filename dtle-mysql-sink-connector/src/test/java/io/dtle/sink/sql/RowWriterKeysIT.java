package io.dtle.sink.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.sink.table.MissingTableException;
import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetTable;
import io.dtle.sink.table.TargetTables;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.sql.Connection;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RowWriter's keyed statements on real MySQL 8.0.33 and MariaDB targets, inside transactions it never commits. */
class RowWriterKeysIT {

    private static final Schema UK_ROW = SchemaBuilder.struct().name("p.k.uk.Value")
            .field("id", Schema.INT32_SCHEMA).field("u", Schema.OPTIONAL_STRING_SCHEMA)
            .field("v", Schema.OPTIONAL_INT32_SCHEMA).build();

    @AutoClose
    private static LocalMySqlServer mysql;
    @AutoClose
    private static LocalMySqlServer mariaDb;

    @BeforeAll
    static void start() {
        mysql = LocalMySqlServer.mysql();
        mariaDb = ServerOptions.mariaDb().start();
    }

    private static LocalMySqlServer server(String flavor) {
        return flavor.equals("mysql") ? mysql : mariaDb;
    }

    /** Creates {@code <prefix><flavor>.uk} with a primary and a secondary unique key and the given rows. */
    private static String createUniqueKeyTable(String flavor, String prefix, String rows) {
        String db = prefix + flavor;
        server(flavor).execute("CREATE DATABASE " + db, "CREATE TABLE " + db + ".uk (id INT PRIMARY KEY,"
                + " u VARCHAR(10) UNIQUE, v INT)", "INSERT INTO " + db + ".uk VALUES " + rows);
        return db;
    }

    private static Struct uk(int id, String u, int v) {
        return new Struct(UK_ROW).put("id", id).put("u", u).put("v", v);
    }

    private static RowWriter writer(Connection connection, Schema schema, String db, String table) throws Exception {
        TargetTable target = new TargetTables().get(connection, TableName.of(db, table));
        return RowWriter.create(schema, target, ColumnMapping.identity(), ServerDialect.detect(connection));
    }

    private static List<String> rows(Connection connection, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(",", values));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb"})
    void replaceByKeyNeverTouchesARowMatchedOnlyByASecondaryUniqueKey(String flavor) throws Exception {
        String db = createUniqueKeyTable(flavor, "rk_", "(1, 'a', 1), (2, 'b', 2)");
        try (Connection connection = server(flavor).connect()) {
            connection.setAutoCommit(false);
            RowWriter writer = writer(connection, UK_ROW, db, "uk");

            assertThatThrownBy(() -> writer.replaceByKey(connection, List.of(uk(1, "b", 9))))
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class);
            assertThat(rows(connection, "SELECT * FROM " + db + ".uk WHERE id = 2")).containsExactly("2,b,2");
            connection.rollback();

            writer.replaceByKey(connection, List.of(uk(1, "c", 9), uk(3, "d", 3)));
            writer.replaceByKey(connection, List.of(uk(3, "e", 4), uk(3, "f", 5)));  // same key twice: in order
            connection.commit();
            assertThat(rows(connection, "SELECT * FROM " + db + ".uk ORDER BY id"))
                    .containsExactly("1,c,9", "2,b,2", "3,f,5");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb"})
    void upsertIsIdempotentAndUpdatesInPlace(String flavor) throws Exception {
        String db = createUniqueKeyTable(flavor, "up_", "(1, 'a', 1)");
        try (Connection connection = server(flavor).connect()) {
            connection.setAutoCommit(false);
            RowWriter writer = writer(connection, UK_ROW, db, "uk");
            List<Struct> rows = List.of(uk(1, "a", 10), uk(2, "b", 20));
            assertThat(writer.upsert(connection, rows)).isEqualTo(2);
            assertThat(writer.upsert(connection, rows)).isEqualTo(2);
            connection.commit();
            assertThat(rows(connection, "SELECT * FROM " + db + ".uk ORDER BY id")).containsExactly("1,a,10", "2,b,20");
        }
    }

    @Test
    void updateAndDeleteReportRowsMatchedAndCompositeKeysDeleteInOneStatement() throws Exception {
        Schema row = SchemaBuilder.struct().name("p.k.ck.Value").field("a", Schema.INT32_SCHEMA)
                .field("b", Schema.STRING_SCHEMA).field("v", Schema.OPTIONAL_INT32_SCHEMA).build();
        mysql.execute("CREATE DATABASE ck", "CREATE TABLE ck.t (a INT, b VARCHAR(5), v INT, PRIMARY KEY (a, b))");
        try (Connection connection = mysql.connect()) {
            connection.setAutoCommit(false);
            RowWriter writer = writer(connection, row, "ck", "t");
            List<Struct> rows = IntStream.range(0, 5)
                    .mapToObj(i -> new Struct(row).put("a", i % 2).put("b", "k" + i).put("v", i)).toList();
            assertThat(writer.insert(connection, rows)).isEqualTo(5);

            Struct changed = new Struct(row).put("a", 0).put("b", "k0").put("v", 100);
            assertThat(writer.update(connection, rows.get(0), changed)).isEqualTo(1);
            Struct missing = new Struct(row).put("a", 9).put("b", "none").put("v", 1);
            assertThat(writer.update(connection, missing, missing)).isZero();
            assertThat(writer.delete(connection, List.of(rows.get(1), rows.get(2), rows.get(3), missing))).isEqualTo(3);
            assertThatThrownBy(() -> writer.insert(connection, List.of(uk(7, "x", 7))))
                    .isInstanceOf(org.apache.kafka.connect.errors.DataException.class).hasMessageContaining("ck.t");
            connection.commit();
            assertThat(rows(connection, "SELECT * FROM ck.t ORDER BY a, b")).containsExactly("0,k0,100", "0,k4,4");
        }
    }

    @Test
    void insertsAboveThePlaceholderLimitAreSplit() throws Exception {
        SchemaBuilder builder = SchemaBuilder.struct().name("p.w.t.Value").field("id", Schema.INT32_SCHEMA);
        StringBuilder ddl = new StringBuilder("CREATE TABLE wide.t (id INT PRIMARY KEY");
        for (int c = 1; c < 10; c++) {
            builder.field("c" + c, Schema.OPTIONAL_INT32_SCHEMA);
            ddl.append(", c").append(c).append(" INT");
        }
        Schema row = builder.build();
        mysql.execute("CREATE DATABASE wide", ddl.append(')').toString());
        List<Struct> rows = new ArrayList<>();
        for (int i = 0; i < 7_000; i++) {  // 70,000 placeholders: more than one statement may hold
            Struct struct = new Struct(row).put("id", i);
            for (int c = 1; c < 10; c++) {
                struct.put("c" + c, i * c);
            }
            rows.add(struct);
        }
        try (Connection connection = mysql.connect()) {
            connection.setAutoCommit(false);
            assertThat(writer(connection, row, "wide", "t").insert(connection, rows)).isEqualTo(7_000);
            connection.commit();
            assertThat(rows(connection, "SELECT COUNT(*), SUM(c9) FROM wide.t")).containsExactly("7000," + 9L * 6999 * 7000 / 2);
        }
    }

    @Test
    void tableShapesAreCachedUntilInvalidatedAndAMissingTableIsNamed() throws Exception {
        mysql.execute("CREATE DATABASE shape", "CREATE TABLE shape.parent (id INT PRIMARY KEY)",
                "CREATE TABLE shape.child (id INT PRIMARY KEY, p INT, u1 INT NOT NULL, u2 INT,"
                        + " g INT AS (id * 2) VIRTUAL, bits BIT(12), amount BIGINT UNSIGNED,"
                        + " UNIQUE KEY uk_u (u1, u2), FOREIGN KEY (p) REFERENCES shape.parent (id))");
        TableName child = TableName.of("shape", "child");
        TargetTables tables = new TargetTables();
        try (Connection connection = mysql.connect()) {
            TargetTable table = tables.get(connection, child);
            assertThat(table.columns()).extracting(c -> c.name()).containsExactly("id", "p", "u1", "u2", "g", "bits", "amount");
            assertThat(table.column("G").orElseThrow().generated()).isTrue();
            assertThat(table.column("bits").orElseThrow().bitWidth()).isEqualTo(12);
            assertThat(table.column("amount").orElseThrow().isUnsigned()).isTrue();
            assertThat(table.primaryKey().orElseThrow().columns()).extracting(c -> c.name()).containsExactly("id");
            assertThat(table.uniqueKeys()).extracting(k -> k.name()).containsExactly("uk_u");
            assertThat(table.hasForeignKeys()).isTrue();
            assertThat(table.referencedByForeignKey()).isFalse();
            assertThat(tables.get(connection, TableName.of("shape", "parent")).referencedByForeignKey()).isTrue();

            mysql.execute("ALTER TABLE shape.child ADD COLUMN extra INT");
            assertThat(tables.get(connection, child)).isSameAs(table);
            tables.invalidate(child);
            assertThat(tables.get(connection, child).column("extra")).isPresent();

            assertThatThrownBy(() -> tables.get(connection, TableName.of("shape", "nope")))
                    .isInstanceOf(MissingTableException.class).hasMessageContaining("shape.nope");
        }
    }
}
