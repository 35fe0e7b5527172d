package io.dtle.source.check;

import static io.dtle.source.check.BinlogSettingsCheckIT.assertOnlyProblem;
import static io.dtle.source.check.CheckConfigs.CAPTURE_GRANTS;
import static io.dtle.source.check.CheckConfigs.PASSWORD;
import static io.dtle.source.check.CheckConfigs.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MariaDB 10.11: its privilege names, GTID positions and purged binlogs. */
class MariaDbChecksIT {
    private static LocalMySqlServer server;
    private static String serverId;
    private static long purgedUpTo;

    @BeforeAll
    static void start() {
        server = ServerOptions.mariaDb().user(DatabaseUser.of(USER, PASSWORD, CAPTURE_GRANTS)).start();
        serverId = server.queryString("SELECT @@server_id");
        server.execute("CREATE DATABASE d", "CREATE TABLE d.t (id INT PRIMARY KEY)", "INSERT INTO d.t VALUES (1)",
                "CREATE USER 'reader'@'%' IDENTIFIED BY 'pw'", "GRANT SELECT ON *.* TO 'reader'@'%'");
        purgedUpTo = sequence(server.gtidExecuted());
        server.execute("FLUSH BINARY LOGS");
        // MariaDB keeps a binlog until its checkpoint is written, so a purge right after a flush may keep it.
        Await.until("the first binlog purged", Duration.ofSeconds(30), () -> {
            server.execute("PURGE BINARY LOGS TO '" + server.queryString("SHOW MASTER STATUS") + "'");
            return firstBinlog().equals(server.queryString("SHOW MASTER STATUS"));
        });
        server.execute("INSERT INTO d.t VALUES (2)");
    }

    private static String firstBinlog() {
        return server.queryString("SHOW BINARY LOGS");
    }

    private static long sequence(String gtid) {
        return Long.parseLong(gtid.substring(gtid.lastIndexOf('-') + 1));
    }

    private static String gtid(long sequence) {
        return "0-" + serverId + "-" + sequence;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGoodServerWithItsOwnPositionHasNoProblem() {
        assertThat(SourceServerChecks.run(CheckConfigs.config(server))).isEmpty();
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", gtid(purgedUpTo),
                "table.include.list", "d.t"))).isEmpty();
        assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid.first", gtid(purgedUpTo + 1))))
                .isEmpty();
    }

    @Test
    void aPositionBeforeThePurgedBinlogs() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", gtid(purgedUpTo - 1))),
                List.of("start.gtid"), "purged the binlogs of domain 0 up to " + gtid(purgedUpTo));
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid.first",
                gtid(purgedUpTo))), List.of("start.gtid.first"), "purged the binlogs of domain 0");
    }

    @Test
    void aTransactionThisServerNeverWrote() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid", gtid(99))),
                List.of("start.gtid"), gtid(99), "that its binlog does not have");
    }

    @Test
    void aMySqlSetOnMariaDb() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server, "start.gtid",
                "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5")), List.of("start.gtid"),
                "is a MySQL GTID, but the server is MariaDB");
    }

    @Test
    void missingPrivilegesUnderMariaDbNames() {
        assertOnlyProblem(SourceServerChecks.run(CheckConfigs.configAs(server, "reader", "pw")),
                List.of("database.user"), "lacks REPLICATION CLIENT ON *.*, REPLICATION SLAVE ON *.*");
    }

    @Test
    void privilegesOfADefaultRoleCount() {
        server.execute("CREATE ROLE capture", "GRANT SELECT, BINLOG MONITOR, REPLICATION SLAVE ON *.* TO capture",
                "CREATE USER 'withrole'@'%' IDENTIFIED BY 'pw'", "GRANT capture TO 'withrole'@'%'",
                "SET DEFAULT ROLE capture FOR 'withrole'@'%'");
        assertThat(SourceServerChecks.run(CheckConfigs.configAs(server, "withrole", "pw"))).isEmpty();
    }

    @Test
    void readsTheBinaryLogStatusAndGtidPosition() throws Exception {
        try (Connection connection = server.connect()) {
            BinaryLogStatus status = BinaryLogStatus.read(connection).orElseThrow();
            assertThat(status.file()).isEqualTo(server.queryString("SHOW MASTER STATUS"));
            assertThat(status.gtids()).isEqualTo(server.gtidExecuted());
        }
    }
}
