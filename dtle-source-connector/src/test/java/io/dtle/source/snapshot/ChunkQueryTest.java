package io.dtle.source.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkQueryTest {
    private final Table table = table();

    private static Table table() {
        SourceSchemaRegistry registry = SourceSchemaRegistry.withDefaults("p");
        TableId id = registry.applyCreateTable("shop", "CREATE TABLE t (a INT, b INT, c INT, PRIMARY KEY (a, b))");
        return registry.table(id).orElseThrow();
    }

    @Test
    void keysetPaginationWithTheConditionPushedIn() {
        ChunkQuery query = new ChunkQuery(table, List.of("a", "b"), "c > 5");
        assertThat(query.sql(null, 100)).isEqualTo(
                "SELECT `a`, `b`, `c` FROM `shop`.`t` WHERE (c > 5) ORDER BY `a`, `b` LIMIT 101");
        assertThat(query.sql(List.of("1", "2"), 100)).isEqualTo(
                "SELECT `a`, `b`, `c` FROM `shop`.`t` WHERE (c > 5) AND (`a`, `b`) > (?, ?) ORDER BY `a`, `b` LIMIT 101");
    }

    @Test
    void withoutKeyByRowNumber() {
        ChunkQuery query = new ChunkQuery(table, List.of(), null);
        assertThat(query.sql(List.of("200"), 100)).isEqualTo("SELECT `a`, `b`, `c` FROM `shop`.`t` LIMIT 200, 101");
    }
}
