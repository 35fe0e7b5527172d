package io.dtle.common.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrantSetTest {

    @Test
    void readsMySqlGlobalPrivileges() {
        GrantSet grants = GrantSet.parse(List.of(
                "GRANT SELECT, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `cloud`@`%`"));
        assertThat(grants.hasGlobal(GrantSet.SELECT)).isTrue();
        assertThat(grants.hasGlobal(GrantSet.REPLICATION_SLAVE)).isTrue();
        assertThat(grants.hasGlobal(GrantSet.REPLICATION_CLIENT)).isTrue();
        assertThat(grants.canSelect("any", "table")).isTrue();
    }

    @Test
    void allPrivilegesCoversEverything() {
        GrantSet grants = GrantSet.parse(List.of("GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION",
                "GRANT APPLICATION_PASSWORD_ADMIN,BACKUP_ADMIN ON *.* TO `root`@`localhost` WITH GRANT OPTION",
                "GRANT PROXY ON ``@`` TO `root`@`localhost` WITH GRANT OPTION"));
        assertThat(grants.hasGlobal(GrantSet.REPLICATION_SLAVE)).isTrue();
        assertThat(grants.canSelectAnything()).isTrue();
        assertThat(grants.roles()).isEmpty();
    }

    @Test
    void usageAloneGrantsNothing() {
        GrantSet grants = GrantSet.parse(List.of("GRANT USAGE ON *.* TO `u`@`%`"));
        assertThat(grants.hasGlobal(GrantSet.REPLICATION_CLIENT)).isFalse();
        assertThat(grants.canSelectAnything()).isFalse();
    }

    @Test
    void databaseGrantsAreLikePatternsAndTableGrantsCountForTheirTable() {
        GrantSet grants = GrantSet.parse(List.of("GRANT USAGE ON *.* TO `u`@`%`",
                "GRANT SELECT, INSERT ON `shop\\_eu`.* TO `u`@`%`", "GRANT SELECT ON `hr%`.* TO `u`@`%`",
                "GRANT SELECT (`id`, `name`), UPDATE ON `crm`.`people` TO `u`@`%`"));
        assertThat(grants.hasGlobal(GrantSet.SELECT)).isFalse();
        assertThat(grants.canSelectSomething("shop_eu")).isTrue();
        assertThat(grants.canSelectSomething("shopxeu")).isFalse();
        assertThat(grants.canSelect("hr_archive", "t")).isTrue();
        assertThat(grants.canSelect("crm", "people")).isTrue();
        assertThat(grants.canSelect("crm", "deals")).isFalse();
        assertThat(grants.canSelectSomething("crm")).isTrue();
    }

    @Test
    void foldsMariaDbNamesAndReadsRoles() {
        GrantSet grants = GrantSet.parse(List.of("GRANT `capture`@`%`,`audit`@`%` TO `u`@`%`",
                "GRANT `reader` TO `m`@`%`",
                "GRANT SELECT, BINLOG MONITOR, REPLICATION SLAVE ON *.* TO `m`@`%` IDENTIFIED BY PASSWORD '*ABC'"));
        assertThat(grants.hasGlobal(GrantSet.REPLICATION_CLIENT)).isTrue();
        assertThat(grants.hasGlobal(GrantSet.REPLICATION_SLAVE)).isTrue();
        assertThat(grants.roles()).containsExactly("`capture`@`%`", "`audit`@`%`", "`reader`");
    }
}
