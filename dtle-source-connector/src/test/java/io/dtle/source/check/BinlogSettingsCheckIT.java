package io.dtle.source.check;

import static io.dtle.source.check.CheckConfigs.CAPTURE_GRANTS;
import static io.dtle.source.check.CheckConfigs.PASSWORD;
import static io.dtle.source.check.CheckConfigs.USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.config.ConfigProblem;
import io.dtle.testing.DatabaseUser;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each binlog setting the connector needs, wrong alone on its own server, gives exactly its problem. */
class BinlogSettingsCheckIT {
    private static final DatabaseUser CLOUD = DatabaseUser.of(USER, PASSWORD, CAPTURE_GRANTS);

    @Test
    void aWellConfiguredServerHasNoProblem() {
        try (LocalMySqlServer server = ServerOptions.mysql().user(CLOUD).start()) {
            assertThat(SourceServerChecks.run(CheckConfigs.config(server))).isEmpty();
        }
    }

    @Test
    void binlogOff() {
        try (LocalMySqlServer server = ServerOptions.mysql().binlog(false).gtid(false).user(CLOUD).start()) {
            assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server)), List.of("database.hostname"),
                    "has its binary log off (log_bin=OFF)", "--log-bin");
        }
    }

    @Test
    void partialJsonUpdates() {
        try (LocalMySqlServer server = ServerOptions.mysql().argument("--binlog-row-value-options=PARTIAL_JSON")
                .user(CLOUD).start()) {
            assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server)), List.of("database.hostname"),
                    "binlog_row_value_options=PARTIAL_JSON", "set binlog_row_value_options=''");
        }
    }

    @Test
    void binlogFormatNotRow() {
        try (LocalMySqlServer server = ServerOptions.mysql().binlogFormat("STATEMENT").user(CLOUD).start()) {
            assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server)), List.of("database.hostname"),
                    "binlog_format=STATEMENT", "set binlog_format=ROW");
        }
    }

    @Test
    void binlogRowImageNotFull() {
        try (LocalMySqlServer server = ServerOptions.mysql().binlogRowImage("MINIMAL").user(CLOUD).start()) {
            assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server)), List.of("database.hostname"),
                    "binlog_row_image=MINIMAL", "set binlog_row_image=FULL");
        }
    }

    @Test
    void gtidModeOffUnlessStartingFromABinlogPosition() {
        try (LocalMySqlServer server = ServerOptions.mysql().gtid(false).user(CLOUD).start()) {
            assertOnlyProblem(SourceServerChecks.run(CheckConfigs.config(server)),
                    List.of("database.hostname", "start.binlog.file"), "gtid_mode=OFF", "start.binlog.position");
            String file = server.queryString("SHOW BINARY LOGS");
            assertThat(SourceServerChecks.run(CheckConfigs.config(server, "start.binlog.file", file))).isEmpty();
        }
    }

    @Test
    void aSnapshotOnlyJobNeedsNoBinlog() {
        try (LocalMySqlServer server = ServerOptions.mysql().binlog(false).gtid(false)
                .user(DatabaseUser.of(USER, PASSWORD, "SELECT")).start()) {
            assertThat(SourceServerChecks.run(CheckConfigs.config(server, "snapshot.mode", "initial_only"))).isEmpty();
        }
    }

    static void assertOnlyProblem(List<ConfigProblem> problems, List<String> keys, String... fragments) {
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.keys()).isEqualTo(keys);
            assertThat(problem.message()).contains(fragments).doesNotContain(PASSWORD);
        });
    }
}
