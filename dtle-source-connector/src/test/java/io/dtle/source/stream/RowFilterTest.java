package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.dtle.common.expr.WhereExpression;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowFilterTest {
    private final TableSchema schema = schema();
    private final RowFilter filter = new RowFilter(Map.of("shop.t", WhereExpression.parse("a < 5")), Set.of());

    private static TableSchema schema() {
        SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults("p");
        TableId id = registry.applyCreateTable("shop", "CREATE TABLE t (id INT PRIMARY KEY, a INT)");
        return registry.schemaFor(id);
    }

    @Test
    void anUpdateLeavingTheConditionBecomesADelete() {
        Object[][] kept = filter.apply(schema, "shop", "t", new Object[] {1, 3}, new Object[] {1, 9});
        assertThat(kept[0]).containsExactly(1, 3);
        assertThat(kept[1]).isNull();
    }

    @Test
    void anUpdateEnteringTheConditionBecomesAnInsert() {
        Object[][] kept = filter.apply(schema, "shop", "t", new Object[] {1, 9}, new Object[] {1, 3});
        assertThat(kept[0]).isNull();
        assertThat(kept[1]).containsExactly(1, 3);
    }

    @Test
    void changesOutsideTheConditionAreDropped() {
        assertThat(filter.apply(schema, "shop", "t", new Object[] {1, 9}, new Object[] {1, 8})).isNull();
        assertThat(filter.apply(schema, "shop", "t", null, new Object[] {1, 8})).isNull();
        assertThat(filter.apply(schema, "shop", "t", new Object[] {1, 3}, new Object[] {1, 4})[1])
                .containsExactly(1, 4);
    }

    @Test
    void tablesWithoutConditionPassAndSkippedOperationsApplyToTheResult() {
        RowFilter skipDeletes = new RowFilter(Map.of("shop.t", WhereExpression.parse("a < 5")), Set.of("d"));
        assertThat(skipDeletes.apply(schema, "shop", "t", new Object[] {1, 3}, new Object[] {1, 9})).isNull();
        assertThat(skipDeletes.apply(schema, "shop", "other", new Object[] {1, 9}, null)).isNull();
        assertThat(skipDeletes.apply(schema, "shop", "other", null, new Object[] {1, 9})).isNotNull();
    }
}
