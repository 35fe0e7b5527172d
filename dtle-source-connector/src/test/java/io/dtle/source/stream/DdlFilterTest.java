package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DdlFilterTest {

    @Test
    void emptyEmitsEverythingAndAllNothing() {
        assertThat(new DdlFilter(Set.of()).emits("DROP TABLE t")).isTrue();
        assertThat(new DdlFilter(Set.of("all")).emits("CREATE TABLE t (id INT)")).isFalse();
    }

    @Test
    void kindsOfStatement() {
        DdlFilter filter = new DdlFilter(Set.of("drop_table", "truncate", "create_schema"));
        assertThat(filter.emits("drop table if exists t")).isFalse();
        assertThat(filter.emits("TRUNCATE TABLE t")).isFalse();
        assertThat(filter.emits("CREATE DATABASE d")).isFalse();
        assertThat(filter.emits("CREATE TABLE t (id INT)")).isTrue();
        assertThat(filter.emits("DROP DATABASE d")).isTrue();
    }

    @Test
    void alterTableKindsNeedEveryClauseOfThatKind() {
        DdlFilter filter = new DdlFilter(Set.of("alter_table_add_column"));
        assertThat(filter.emits("ALTER TABLE t ADD COLUMN b INT, ADD c DECIMAL(10,2)")).isFalse();
        assertThat(filter.emits("ALTER TABLE t ADD COLUMN b INT, DROP COLUMN c")).isTrue();
        assertThat(filter.emits("ALTER TABLE t ADD INDEX i (b)")).isTrue();
        assertThat(new DdlFilter(Set.of("alter_table")).emits("alter table t drop column c")).isFalse();
    }
}
