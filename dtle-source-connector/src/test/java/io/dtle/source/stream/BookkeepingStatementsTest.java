package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #3 (c): the sink's DDL on its bookkeeping tables is not emitted, even without a default database. */
class BookkeepingStatementsTest {
    @Test
    void qualifiedNamesOfTheBookkeepingDatabaseAreRecognised() {
        assertThat(BookkeepingStatements.names("ALTER TABLE dtle.gtid_executed_v2 ADD COLUMN x INT")).isTrue();
        assertThat(BookkeepingStatements.names("ALTER TABLE `dtle`.`gtid_executed_v2` ENGINE=InnoDB")).isTrue();
        assertThat(BookkeepingStatements.names("CREATE INDEX i ON DTLE . t (a)")).isTrue();
    }

    @Test
    void otherDatabasesAreNot() {
        assertThat(BookkeepingStatements.names("ALTER TABLE shop.dtle ADD COLUMN x INT")).isFalse();
        assertThat(BookkeepingStatements.names("ALTER TABLE dtlex.t ADD COLUMN x INT")).isFalse();
        assertThat(BookkeepingStatements.names("GRANT SELECT ON shop.* TO u")).isFalse();
    }
}
