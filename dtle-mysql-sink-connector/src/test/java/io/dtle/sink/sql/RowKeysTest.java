package io.dtle.sink.sql;

import static io.dtle.sink.sql.TestTables.column;
import static io.dtle.sink.sql.TestTables.notNull;
import static io.dtle.sink.sql.TestTables.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.table.TargetColumn;
import io.dtle.sink.table.TargetTable;
import io.dtle.sink.table.UniqueKey;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class RowKeysTest {
    private static final Schema ROW = SchemaBuilder.struct().name("p.db.t.Value")
            .field("id", Schema.INT32_SCHEMA).field("email", Schema.OPTIONAL_STRING_SCHEMA)
            .field("code", Schema.OPTIONAL_BYTES_SCHEMA).build();
    private static final TargetColumn ID = notNull("id", "int");
    private static final TargetColumn EMAIL = text("email", "utf8mb4_0900_ai_ci");
    private static final TargetColumn CODE = column("code", "varbinary");
    private static final TargetTable TABLE = TestTables.table("t", List.of(ID, EMAIL, CODE), List.of(ID),
            List.of(new UniqueKey("uk_email", List.of(EMAIL)), new UniqueKey("uk_code", List.of(CODE))));

    private static List<RowKey> keys(int id, String email, byte[] code) {
        RowWriter writer = RowWriter.create(ROW, TABLE, ColumnMapping.identity(), ServerDialect.MYSQL);
        return writer.keys(new Struct(ROW).put("id", id).put("email", email).put("code", code));
    }

    @Test
    void primaryAndEveryUniqueKey() {
        assertThat(keys(1, "a@x", new byte[] {0, 1})).extracting(RowKey::keyName)
                .containsExactly("PRIMARY", "uk_email", "uk_code");
    }

    @Test
    void equalInMySqlsEyesIsEqualHere() {
        List<RowKey> one = keys(1, "Élan@x ", new byte[] {0, 1});
        List<RowKey> two = keys(2, "elan@X", new byte[] {0, 1});
        assertThat(one.get(0)).isNotEqualTo(two.get(0));
        assertThat(one.get(1)).isEqualTo(two.get(1)).hasSameHashCodeAs(two.get(1));
        assertThat(one.get(2)).isEqualTo(two.get(2)).hasSameHashCodeAs(two.get(2));
    }

    @Test
    void binaryCollationsAreNotFolded() {
        assertThat(RowKeys.normalise("A ", text("c", "utf8mb4_0900_bin"))).isEqualTo("A ");
        assertThat(RowKeys.normalise("A ", text("c", "utf8mb4_bin"))).isEqualTo("a");
    }

    @Test
    void aUniqueKeyWithANullPartIsLeftOut() {
        assertThat(keys(1, null, null)).extracting(RowKey::keyName).containsExactly("PRIMARY");
    }
}
