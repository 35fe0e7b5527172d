package io.dtle.sink.sql;

import static io.dtle.sink.sql.TestTables.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.sink.table.TargetColumn;
import io.dtle.sink.table.TargetTable;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    private static final Schema ROW = SchemaBuilder.struct().name("p.db.t.Value")
            .field("a", Schema.INT32_SCHEMA).field("b", Schema.OPTIONAL_STRING_SCHEMA)
            .field("c", Schema.OPTIONAL_STRING_SCHEMA).build();

    @Test
    void parsesProjectionAndRenaming() {
        ColumnMapping mapping = ColumnMapping.parse(" a, b:b2 ,c ");
        assertThat(mapping.isIdentity()).isFalse();
        assertThat(mapping.targetOf("a")).contains("a");
        assertThat(mapping.targetOf("b")).contains("b2");
        assertThat(mapping.targetOf("d")).isEmpty();
        assertThat(mapping.sourceFields()).containsExactly("a", "b", "c");
        assertThat(mapping).hasToString("a,b:b2,c");
    }

    @Test
    void blankIsIdentity() {
        assertThat(ColumnMapping.parse("  ").isIdentity()).isTrue();
        assertThat(ColumnMapping.parse(null).isIdentity()).isTrue();
        assertThat(ColumnMapping.identity().targetOf("x")).contains("x");
    }

    @Test
    void malformedSpecsNameTheProblem() {
        assertThatThrownBy(() -> ColumnMapping.parse("a,,b")).hasMessageContaining("empty field or column name");
        assertThatThrownBy(() -> ColumnMapping.parse("a:")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ColumnMapping.parse("a,a:x")).hasMessageContaining("\"a\" twice");
        assertThatThrownBy(() -> ColumnMapping.parse("a:x,b:X")).hasMessageContaining("same target column");
    }

    @Test
    void resolvesInSourceOrderAndSkipsUnmappedFields() {
        TargetTable target = TestTables.table("t", List.of(column("a", "int"), column("b2", "varchar")),
                List.of(), List.of());
        List<MappedColumn> mapped = MappedColumns.resolve(ROW, target, ColumnMapping.parse("b:b2,a"));
        assertThat(mapped).extracting(m -> m.field().name() + ">" + m.column().name()).containsExactly("a>a", "b>b2");
    }

    @Test
    void aSourceFieldTheTargetLacksIsAnErrorNamingFieldAndTable() {
        TargetTable target = TestTables.table("t", List.of(column("a", "int"), column("b", "varchar")),
                List.of(), List.of());
        assertThatThrownBy(() -> MappedColumns.resolve(ROW, target, ColumnMapping.identity()))
                .isInstanceOf(DataException.class).hasMessageContaining("\"c\"").hasMessageContaining("db.t");
        assertThatThrownBy(() -> MappedColumns.resolve(ROW, target, ColumnMapping.parse("a,zz")))
                .hasMessageContaining("\"zz\"").hasMessageContaining("db.t");
    }

    @Test
    void targetColumnsMatchCaseInsensitivelyAndGeneratedOnesAreFlagged() {
        TargetColumn generated = new TargetColumn("C", "varchar", "varchar(5)", true, true, null);
        TargetTable target = TestTables.table("t", List.of(column("A", "int"), column("b", "varchar"), generated),
                List.of(), List.of());
        List<MappedColumn> mapped = MappedColumns.resolve(ROW, target, ColumnMapping.identity());
        assertThat(mapped).extracting(m -> m.column().name()).containsExactly("A", "b", "C");
        assertThat(mapped.get(2).column().generated()).isTrue();
    }
}
