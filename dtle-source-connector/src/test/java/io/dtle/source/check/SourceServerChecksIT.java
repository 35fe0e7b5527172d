package io.dtle.source.check;

import static io.dtle.source.check.BinlogSettingsCheckIT.assertOnlyProblem;
import static io.dtle.source.check.CheckConfigs.CAPTURE_GRANTS;
import static io.dtle.source.check.CheckConfigs.PASSWORD;
import static io.dtle.source.check.CheckConfigs.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.List;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connection failures, missing tables, binlog files and validate() against one good MySQL server. */
class SourceServerChecksIT {
    private static LocalMySqlServer server;

    @BeforeAll
    static void start() {
        server = ServerOptions.mysql().user(DatabaseUser.of(USER, PASSWORD, CAPTURE_GRANTS)).start();
        server.execute("CREATE DATABASE shop", "CREATE TABLE shop.orders (id INT PRIMARY KEY)");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void existingIncludedTablesAndPatternsHaveNoProblem() {
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "database.include.list", "shop,sh.*",
                "table.include.list", "shop.orders,shop\\.orders,shop.future.*"))).isEmpty();
    }

    @Test
    void aWrongPasswordNamesUserAndPasswordButNeverEchoesIt() {
        String wrong = "Wr0ng-Secret";
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.configAs(server, USER, wrong)),
                List.of("database.user", "database.password"), "refused the user 'cloud'",
                server.host() + ":" + server.port(), "check database.user and database.password");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, USER, wrong)).toString()).doesNotContain(wrong);
    }

    @Test
    void anUnreachableServerNamesHostAndPort() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "database.port",
                Integer.toString(closedPort))), List.of("database.hostname", "database.port"),
                "Cannot connect to " + server.host() + ":" + closedPort + " as user 'cloud'", "database.hostname");
    }

    @Test
    void aMissingIncludedTable() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "table.include.list", "shop.ordrs")),
                List.of("table.include.list"), "'shop.ordrs' in table.include.list does not exist");
    }

    @Test
    void aMissingIncludedDatabase() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "database.include.list", "shopp")),
                List.of("database.include.list"), "'shopp' in database.include.list does not exist");
    }

    @Test
    void aWhereConditionOnAColumnTheTableLacks() {
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "where.shop.orders", "id > 5"))).isEmpty();
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "where.shop.orders", "idd > 5")),
                List.of("where.shop.orders"), "shop.orders", "idd");
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "table.include.list", "shop.*",
                "where.shop.gone", "id > 5")), List.of("where.shop.gone"), "shop.gone", "does not exist");
    }

    @Test
    void aBinlogFileTheServerDoesNotHave() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.binlog.file", "binlog.999999")),
                List.of("start.binlog.file"), "no binlog file 'binlog.999999'");
    }

    @Test
    void aCharacterSetTheServerLacks() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "database.charset", "klingon")),
                List.of("database.charset"), "no character set 'klingon'");
    }

    @Test
    void theSourceServersOwnServerId() {
        String own = server.queryString("SELECT @@server_id");
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "database.server.id", own)),
                List.of("database.server.id"), "the source server's own server_id");
    }

    @Test
    void validateAttachesProblemsToTheirFields() {
        Config config = SourceServerChecks.validate(CheckConfigs.props(server, USER, PASSWORD,
                "table.include.list", "shop.nope"));
        assertThat(value(config, "table.include.list").errorMessages()).singleElement().asString()
                .contains("'shop.nope'");
        assertThat(value(config, "database.hostname").errorMessages()).isEmpty();

        Config contradictory = SourceServerChecks.validate(CheckConfigs.props(server, USER, PASSWORD,
                "start.binlog.position", "100"));
        assertThat(value(contradictory, "start.binlog.position").errorMessages()).singleElement().asString()
                .contains("start.binlog.file is not");
        Config good = SourceServerChecks.validate(CheckConfigs.props(server, USER, PASSWORD));
        assertThat(good.configValues()).allSatisfy(value -> assertThat(value.errorMessages()).isEmpty());
    }

    @Test
    void readsTheBinaryLogStatusWithTheStatementThisVersionHas() throws Exception {
        try (Connection connection = server.connect()) {
            BinaryLogStatus status = BinaryLogStatus.read(connection).orElseThrow();
            assertThat(status.file()).isEqualTo(server.queryString("SHOW MASTER STATUS"));
            assertThat(status.position()).isGreaterThan(4);
            assertThat(status.gtids()).isEqualTo(server.gtidExecuted().replace("\n", ""));
        }
    }

    private static ConfigValue value(Config config, String name) {
        return config.configValues().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
