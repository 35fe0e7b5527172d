package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #3 (c): which databases a statement the parser could not attribute names. */
class QualifiedNamesTest {
    @Test
    void qualifiedNamesGiveTheirDatabases() {
        assertThat(QualifiedNames.databases("ALTER TABLE dtle.gtid_executed_v2 ADD COLUMN x INT"))
                .containsExactly("dtle");
        assertThat(QualifiedNames.databases("ALTER TABLE `dtle`.`gtid_executed_v2` ENGINE=InnoDB"))
                .containsExactly("dtle");
        assertThat(QualifiedNames.databases("CREATE INDEX i ON other . t (a)")).containsExactly("other");
        assertThat(QualifiedNames.databases("GRANT SELECT ON shop.* TO u")).containsExactly("shop");
        assertThat(QualifiedNames.databases("RENAME TABLE a.t TO `b``x`.t")).containsExactly("a", "b`x");
    }

    @Test
    void unqualifiedNamesAndNumbersGiveNone() {
        assertThat(QualifiedNames.databases("ALTER TABLE t ADD COLUMN d DECIMAL(5,2) DEFAULT 1.5")).isEmpty();
        assertThat(QualifiedNames.databases("FLUSH PRIVILEGES")).isEmpty();
    }
}
