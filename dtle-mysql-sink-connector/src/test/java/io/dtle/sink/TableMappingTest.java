package io.dtle.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.config.ConfigProblem;
import io.dtle.sink.table.TableName;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableMappingTest {

    @Test
    void databaseAndTableRenamesCombine() {
        TableMapping mapping = TableMapping.from(Map.of("database.rename.src1", "agg", "table.rename.src1.t", "t_2020",
                "columns.src1.t", "a,b:b2"));
        assertThat(mapping.target("src1", "t")).isEqualTo(TableName.of("agg", "t_2020"));
        assertThat(mapping.target("src1", "u")).isEqualTo(TableName.of("agg", "u"));
        assertThat(mapping.target("other", "t")).isEqualTo(TableName.of("other", "t"));
        assertThat(mapping.renames("src1")).isTrue();
        assertThat(mapping.renames("other")).isFalse();
        assertThat(mapping.columnMap("src1", "t")).contains("a,b:b2");
    }

    @Test
    void badKeysAreReportedByName() {
        assertThat(TableMapping.problems(Map.of("table.rename.t", "x", "columns.a.t", " ", "database.rename.a", "")))
                .extracting(ConfigProblem::keys)
                .containsExactlyInAnyOrder(java.util.List.of("table.rename.t"), java.util.List.of("columns.a.t"),
                        java.util.List.of("database.rename.a"));
    }
}
