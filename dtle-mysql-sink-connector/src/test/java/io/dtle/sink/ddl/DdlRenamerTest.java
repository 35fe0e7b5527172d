package io.dtle.sink.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.TableMapping;
import io.dtle.sink.TableMappings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DdlRenamerTest {
    private final TableMapping mapping = TableMappings.of(Map.of("database.rename.a", "b", "table.rename.a.t", "t_2020"));

    @Test
    void renamesTheTableWhereATableNameStands() {
        assertThat(DdlRenamer.rename("ALTER TABLE t ADD COLUMN c INT", "a", mapping))
                .isEqualTo("ALTER TABLE `t_2020` ADD COLUMN c INT");
        assertThat(DdlRenamer.rename("CREATE TABLE IF NOT EXISTS `t` (t INT)", "a", mapping))
                .isEqualTo("CREATE TABLE IF NOT EXISTS `t_2020` (t INT)");
        assertThat(DdlRenamer.rename("RENAME TABLE t TO u, x TO t", "a", mapping))
                .isEqualTo("RENAME TABLE `t_2020` TO u, x TO `t_2020`");
    }

    @Test
    void qualifiedNamesGetTheTargetDatabase() {
        assertThat(DdlRenamer.rename("DROP TABLE a.t, a.other, c.t", "a", mapping))
                .isEqualTo("DROP TABLE `b`.`t_2020`, `b`.`other`, c.t");
        assertThat(DdlRenamer.rename("CREATE DATABASE IF NOT EXISTS a", "a", mapping))
                .isEqualTo("CREATE DATABASE IF NOT EXISTS `b`");
        assertThat(DdlRenamer.rename("DROP DATABASE `a`", "a", mapping)).isEqualTo("DROP DATABASE `b`");
    }

    /** Issue 5's split benchmark: its CREATE TABLE bench_split.sbtest came from a session without a database. */
    @Test
    void qualifiedNamesAreRenamedWhateverTheDefaultDatabase() {
        assertThat(DdlRenamer.rename("CREATE TABLE a.t (id INT PRIMARY KEY)", "", mapping))
                .isEqualTo("CREATE TABLE `b`.`t_2020` (id INT PRIMARY KEY)");
        assertThat(DdlRenamer.rename("ALTER TABLE `a`.`other` ADD COLUMN c INT", "c", mapping))
                .isEqualTo("ALTER TABLE `b`.`other` ADD COLUMN c INT");
        assertThat(DdlRenamer.rename("CREATE DATABASE a", "", mapping)).isEqualTo("CREATE DATABASE `b`");
        assertThat(DdlRenamer.rename("CREATE TABLE t (id INT)", "c", mapping)).isEqualTo("CREATE TABLE t (id INT)");
    }

    @Test
    void columnsLiteralsAndCommentsStayAsTheyAre() {
        assertThat(DdlRenamer.rename("ALTER TABLE other ADD t INT DEFAULT 't' COMMENT 'a.t' /* t */", "a", mapping))
                .isEqualTo("ALTER TABLE other ADD t INT DEFAULT 't' COMMENT 'a.t' /* t */");
    }
}
