package io.dtle.sink.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DdlTextTest {

    @Test
    void readsTheCreateTableNameAndTheRest() {
        assertThat(DdlText.createTable("CREATE TABLE `demo_tbl` (\n  `a` int NOT NULL\n) ENGINE=InnoDB"))
                .hasValueSatisfying(create -> {
                    assertThat(create.table()).isEqualTo("demo_tbl");
                    assertThat(create.rest()).isEqualTo(" (\n  `a` int NOT NULL\n) ENGINE=InnoDB");
                });
        assertThat(DdlText.createTable("/* c */ create table if not exists d.`we``ird` (a int)"))
                .hasValueSatisfying(create -> assertThat(create.table()).isEqualTo("we`ird"));
        assertThat(DdlText.createTable("ALTER TABLE t ADD c INT")).isEmpty();
    }

    @Test
    void databaseStatementsAreRecognised() {
        assertThat(DdlText.createDatabaseOptions("CREATE DATABASE `demo` /*!40100 DEFAULT CHARACTER SET utf8mb4 */"))
                .contains(" /*!40100 DEFAULT CHARACTER SET utf8mb4 */");
        assertThat(DdlText.isDatabaseLevel("drop schema x")).isTrue();
        assertThat(DdlText.isDatabaseLevel("DROP TABLE x")).isFalse();
    }
}
