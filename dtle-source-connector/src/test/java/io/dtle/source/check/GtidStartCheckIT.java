package io.dtle.source.check;

import static io.dtle.source.check.BinlogSettingsCheckIT.assertOnlyProblem;
import static io.dtle.source.check.CheckConfigs.CAPTURE_GRANTS;
import static io.dtle.source.check.CheckConfigs.PASSWORD;
import static io.dtle.source.check.CheckConfigs.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** start.gtid and start.gtid.first against a MySQL server that purged its first binlog. */
class GtidStartCheckIT {
    private static final String UNKNOWN = "cccccccc-0000-0000-0000-000000000003";
    private static LocalMySqlServer server;
    private static String uuid;

    @BeforeAll
    static void start() {
        server = ServerOptions.mysql().user(DatabaseUser.of(USER, PASSWORD, CAPTURE_GRANTS)).start();
        uuid = server.queryString("SELECT @@server_uuid");
        server.execute("CREATE DATABASE d", "CREATE TABLE d.t (id INT PRIMARY KEY)", "INSERT INTO d.t VALUES (1)");
        server.execute("FLUSH BINARY LOGS");
        server.execute("PURGE BINARY LOGS TO '" + server.queryString("SHOW MASTER STATUS") + "'");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServerPurgedItsFirstThreeTransactions() {
        assertThat(server.queryString("SELECT @@gtid_purged")).isEqualTo(uuid + ":1-3");
    }

    @Test
    void aSetIncludingThePurgedOnesIsFine() {
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", uuid + ":1-3"))).isEmpty();
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", server.gtidExecuted()))).isEmpty();
    }

    @Test
    void aSetMissingPurgedTransactions() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", uuid + ":1")),
                List.of("start.gtid"), "purged", uuid + ":2-3", "Remove start.gtid");
    }

    @Test
    void transactionsThisServerNeverExecuted() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", uuid + ":1-1000")),
                List.of("start.gtid"), "has not executed");
    }

    @Test
    void anUnknownSourceUuidIsAcceptedAsInDtle() {
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid",
                uuid + ":1-3," + UNKNOWN + ":1-50"))).isEmpty();
    }

    @Test
    void aFirstGtid() {
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid.first", uuid + ":4"))).isEmpty();
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid.first", uuid + ":2")),
                List.of("start.gtid.first"), "purged " + uuid + ":2-3");
    }

    @Test
    void aMariaDbPositionOnMySql() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", "0-1-5")),
                List.of("start.gtid"), "is a MariaDB GTID, but the server is MySQL");
    }
}
