package io.dtle.source.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #3 on MariaDB 10.11: history positions are MariaDB GTID positions (domain-server-sequence). */
class MariaDbSchemaHistoryIT {
    @AutoClose
    private static LocalMySqlServer mariaDb;
    @AutoClose
    private static ConnectCluster connect;

    @BeforeAll
    static void start() {
        mariaDb = ServerOptions.mariaDb().start();
        connect = ConnectCluster.builder().workers(1).name("dtle-maria-history").start();
    }

    @Test
    void rowsBeforeAndAfterAddAndDropColumnDecodeWithTheirOwnColumnsAfterRestarts() {
        new DdlAcrossRestarts(connect, mariaDb, "hm", "maria-history").run(() -> { });
        String history = String.join("\n", connect.readAll("hm.schema-history").stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList());
        assertThat(history).contains("mariadb_gtids", "ADD COLUMN b", "DROP COLUMN a");
    }
}
