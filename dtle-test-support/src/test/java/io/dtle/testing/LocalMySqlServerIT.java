package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LocalMySqlServerIT {

    @Test
    void startsMySqlWithTheRequestedReplicationSettings() {
        try (LocalMySqlServer server = ServerOptions.mysql().serverId(7).binlogRowMetadata("FULL").start()) {
            System.out.println("MySQL server started in " + server.startupTime().toMillis() + " ms");
            assertThat(server.queryString("SELECT VERSION()")).startsWith("8.0.33");
            assertThat(server.queryString("SELECT @@server_id")).isEqualTo("7");
            assertThat(server.queryString("SELECT @@gtid_mode")).isEqualTo("ON");
            assertThat(server.queryString("SELECT @@log_bin")).isEqualTo("1");
            assertThat(server.queryString("SELECT @@binlog_format")).isEqualTo("ROW");
            assertThat(server.queryString("SELECT @@binlog_row_image")).isEqualTo("FULL");
            assertThat(server.queryString("SELECT @@binlog_row_metadata")).isEqualTo("FULL");
            assertThat(server.gtidExecuted()).isEmpty();
            server.execute("CREATE DATABASE demo");
            assertThat(server.gtidExecuted()).isEqualTo(server.queryString("SELECT @@server_uuid") + ":1");
        }
    }

    @Test
    void serversStartedTogetherHaveTheirOwnUuidsAndPorts() {
        try (LocalMySqlServer first = LocalMySqlServer.mysql(); LocalMySqlServer second = LocalMySqlServer.mysql()) {
            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(first.queryString("SELECT @@server_uuid")).isNotEqualTo(second.queryString("SELECT @@server_uuid"));
            assertThat(first.queryString("SELECT @@server_id")).isNotEqualTo(second.queryString("SELECT @@server_id"));
        }
    }

    @Test
    void startsWithoutGtidsOrBinlogAndWithOtherFormats() {
        try (LocalMySqlServer server = ServerOptions.mysql().gtid(false).binlogFormat("STATEMENT")
                .binlogRowImage("MINIMAL").start()) {
            assertThat(server.queryString("SELECT @@gtid_mode")).isEqualTo("OFF");
            assertThat(server.queryString("SELECT @@binlog_format")).isEqualTo("STATEMENT");
            assertThat(server.queryString("SELECT @@binlog_row_image")).isEqualTo("MINIMAL");
        }
        try (LocalMySqlServer server = ServerOptions.mysql().binlog(false).gtid(false).lowerCaseTableNames(1).start()) {
            assertThat(server.queryString("SELECT @@log_bin")).isEqualTo("0");
            assertThat(server.queryString("SELECT @@lower_case_table_names")).isEqualTo("1");
        }
    }

    @Test
    void createsUsersWithOnlyTheirGrantsAndOutsideTheBinlog() throws SQLException {
        DatabaseUser cloud = DatabaseUser.of("cloud", "s3cret", "SELECT, REPLICATION CLIENT, REPLICATION SLAVE");
        try (LocalMySqlServer server = ServerOptions.mysql().user(cloud).start()) {
            try (Connection connection = server.connect("cloud", "s3cret")) {
                assertThat(connection.isValid(5)).isTrue();
                assertThatThrownBy(() -> connection.createStatement().execute("CREATE DATABASE nope"))
                        .hasMessageContaining("denied");
            }
            assertThat(server.gtidExecuted()).isEmpty();
        }
    }

    @Test
    void survivesACrashAndACleanRestartWithItsData() {
        try (LocalMySqlServer server = LocalMySqlServer.mysql()) {
            server.execute("CREATE DATABASE d", "CREATE TABLE d.t (id INT PRIMARY KEY)", "INSERT INTO d.t VALUES (1)");
            server.crash();
            assertThat(server.isRunning()).isFalse();
            server.restart();
            server.execute("INSERT INTO d.t VALUES (2)");
            server.restart();
            assertThat(server.queryString("SELECT COUNT(*) FROM d.t")).isEqualTo("2");
        }
    }

    @Test
    void closingDeletesTheServersFiles() {
        LocalMySqlServer server = LocalMySqlServer.mysql();
        assertThat(server.runDirectory()).isDirectory();
        long pid = server.serverPid();
        server.close();
        assertThat(server.isRunning()).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(Files.exists(server.runDirectory())).isFalse();
    }

    @Test
    void startsMariaDbWithDomainServerSequenceGtids() {
        try (LocalMySqlServer server = ServerOptions.mariaDb().serverId(3).start()) {
            System.out.println("MariaDB server started in " + server.startupTime().toMillis() + " ms");
            assertThat(server.queryString("SELECT VERSION()")).contains("MariaDB");
            assertThat(server.queryString("SELECT @@binlog_format")).isEqualTo("ROW");
            server.execute("CREATE DATABASE demo");
            assertThat(server.gtidExecuted()).isEqualTo("0-3-1");
        }
    }
}
