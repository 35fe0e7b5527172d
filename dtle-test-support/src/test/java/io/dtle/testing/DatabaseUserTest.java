package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUserTest {
    @Test
    void grantsWithoutATargetApplyToEverything() {
        DatabaseUser user = DatabaseUser.of("repl", "it's", "SELECT, REPLICATION SLAVE", "INSERT ON demo.*");
        assertThat(user.createStatements()).containsExactly(
                "CREATE USER 'repl'@'%' IDENTIFIED BY 'it''s'",
                "GRANT SELECT, REPLICATION SLAVE ON *.* TO 'repl'@'%'",
                "GRANT INSERT ON demo.* TO 'repl'@'%'");
    }
}
