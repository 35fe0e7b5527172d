package io.dtle.source.check;

import static io.dtle.source.check.BinlogSettingsCheckIT.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SHOW GRANTS as MySQL 8.0 prints it, with direct grants, ALL PRIVILEGES and roles. */
class PrivilegeCheckIT {
    private static final String PW = "Pw-123456";
    private static LocalMySqlServer server;

    @BeforeAll
    static void start() {
        server = ServerOptions.mysql().start();
        server.execute("CREATE DATABASE shop", "CREATE TABLE shop.orders (id INT PRIMARY KEY)",
                "CREATE TABLE shop.items (id INT PRIMARY KEY)");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void user(String name, String... grants) {
        server.execute("CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + PW + "'");
        for (String grant : grants) {
            server.execute("GRANT " + grant + " TO '" + name + "'@'%'");
        }
    }

    @Test
    void theThreeCapturePrivilegesAreEnough() {
        user("direct", "SELECT, REPLICATION CLIENT, REPLICATION SLAVE ON *.*");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, "direct", PW))).isEmpty();
    }

    @Test
    void allPrivilegesIsEnough() {
        user("admin", "ALL PRIVILEGES ON *.*");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, "admin", PW))).isEmpty();
    }

    @Test
    void missingReplicationPrivilegesAreNamed() {
        user("reader", "SELECT ON *.*");
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.configAs(server, "reader", PW)),
                List.of("database.user"), "'reader' lacks REPLICATION CLIENT ON *.*, REPLICATION SLAVE ON *.*",
                "GRANT REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO 'reader'");
    }

    @Test
    void selectOnTheIncludedDatabaseIsEnoughAndItsAbsenceIsNamed() {
        user("shopper", "REPLICATION CLIENT, REPLICATION SLAVE ON *.*", "SELECT ON shop.*");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, "shopper", PW,
                "database.include.list", "shop", "table.include.list", "shop.orders"))).isEmpty();
        user("streamer", "REPLICATION CLIENT, REPLICATION SLAVE ON *.*", "SELECT ON shop.items");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, "streamer", PW,
                "table.include.list", "shop.orders"))).extracting(problem -> problem.message())
                .anySatisfy(message -> assertThat(message).contains("lacks SELECT ON `shop`.`orders`"));
    }

    @Test
    void privilegesOfADefaultRoleCount() {
        server.execute("CREATE ROLE 'capture'", "GRANT SELECT, REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO 'capture'");
        user("withrole", "'capture'");
        server.execute("SET DEFAULT ROLE 'capture' TO 'withrole'@'%'");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, "withrole", PW))).isEmpty();

        server.execute("CREATE ROLE 'capture2'", "GRANT SELECT, REPLICATION CLIENT, REPLICATION SLAVE ON *.* TO 'capture2'");
        user("inactive", "'capture2'");
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.configAs(server, "inactive", PW)),
                List.of("database.user"), "lacks REPLICATION CLIENT", "granted `capture2`@`%`", "SET DEFAULT ROLE");
    }
}
