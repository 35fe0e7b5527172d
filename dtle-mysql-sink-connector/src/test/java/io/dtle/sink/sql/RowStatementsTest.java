package io.dtle.sink.sql;

import static io.dtle.sink.sql.TestTables.column;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowStatementsTest {
    private static final TableName T = TableName.of("db", "t`x");
    private static final TargetColumn ID = column("id", "int");
    private static final TargetColumn ID2 = column("id2", "int");
    private static final TargetColumn NAME = column("name", "varchar");
    private static final TargetColumn DOC = column("doc", "json");

    private static RowStatements keyed(ServerDialect dialect) {
        return new RowStatements(T, List.of(ID, NAME), List.of(ID), List.of(ID, NAME), dialect);
    }

    @Test
    void multiRowInsertQuotesEveryName() {
        assertThat(keyed(ServerDialect.MYSQL).insert(3))
                .isEqualTo("INSERT INTO `db`.`t``x` (`id`,`name`) VALUES (?,?),(?,?),(?,?)");
    }

    @Test
    void upsertUsesTheRowAliasOnNewMySqlAndValuesElsewhere() {
        assertThat(keyed(ServerDialect.MYSQL).upsert(2)).isEqualTo("INSERT INTO `db`.`t``x` (`id`,`name`) VALUES"
                + " (?,?),(?,?) AS _dtle_new ON DUPLICATE KEY UPDATE `name`=_dtle_new.`name`");
        assertThat(keyed(ServerDialect.MARIADB).upsert(1)).isEqualTo("INSERT INTO `db`.`t``x` (`id`,`name`) VALUES"
                + " (?,?) ON DUPLICATE KEY UPDATE `name`=VALUES(`name`)");
        assertThat(keyed(ServerDialect.MYSQL_BEFORE_8_0_19).upsert(1)).endsWith("`name`=VALUES(`name`)");
    }

    @Test
    void upsertOfAKeyOnlyTableAssignsTheKeyToItself() {
        RowStatements keyOnly = new RowStatements(T, List.of(ID), List.of(ID), List.of(ID), ServerDialect.MARIADB);
        assertThat(keyOnly.upsert(1)).endsWith("ON DUPLICATE KEY UPDATE `id`=VALUES(`id`)");
    }

    @Test
    void updateByKeySetsEveryWrittenColumn() {
        assertThat(keyed(ServerDialect.MYSQL).update()).isEqualTo("UPDATE `db`.`t``x` SET `id`=?,`name`=? WHERE `id`=?");
    }

    @Test
    void withoutKeyTheWholeRowIsMatchedNullSafelyAndOneRowAtMost() {
        RowStatements noKey = new RowStatements(T, List.of(ID, DOC), List.of(), List.of(ID, DOC), ServerDialect.MYSQL);
        assertThat(noKey.update()).isEqualTo(
                "UPDATE `db`.`t``x` SET `id`=?,`doc`=? WHERE `id`<=>? AND `doc`<=>CAST(? AS JSON) LIMIT 1");
        assertThat(noKey.deleteByRow()).isEqualTo("DELETE FROM `db`.`t``x` WHERE `id`<=>? AND `doc`<=>CAST(? AS JSON) LIMIT 1");
        RowStatements maria = new RowStatements(T, List.of(ID, DOC), List.of(), List.of(ID, DOC), ServerDialect.MARIADB);
        assertThat(maria.deleteByRow()).isEqualTo("DELETE FROM `db`.`t``x` WHERE `id`<=>? AND `doc`<=>? LIMIT 1");
    }

    @Test
    void deleteByKeysUsesInListsForSingleAndCompositeKeys() {
        assertThat(keyed(ServerDialect.MYSQL).deleteByKeys(3)).isEqualTo("DELETE FROM `db`.`t``x` WHERE `id` IN (?,?,?)");
        RowStatements composite = new RowStatements(T, List.of(ID, ID2, NAME), List.of(ID, ID2), List.of(),
                ServerDialect.MYSQL);
        assertThat(composite.deleteByKeys(2))
                .isEqualTo("DELETE FROM `db`.`t``x` WHERE (`id`,`id2`) IN ((?,?),(?,?))");
    }
}
