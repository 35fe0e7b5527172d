package io.dtle.sink.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import io.dtle.testing.Await;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stream's metadata connection against a real MySQL 8.0.33. */
class MetadataConnectionIT {
    @AutoClose
    private static LocalMySqlServer target;
    private static MysqlDataSource dataSource;

    @BeforeAll
    static void start() {
        target = LocalMySqlServer.mysql();
        dataSource = new MysqlDataSource();
        dataSource.setUrl(target.jdbcUrl());
        dataSource.setUser("root");
        dataSource.setPassword("");
    }

    /** Issue 4: a ping per row cost the sink a round trip to the target for every row it applied. */
    @Test
    void askingForTheConnectionPerRowDoesNotPingTheTargetPerRow() throws SQLException {
        try (MetadataConnection metadata = new MetadataConnection(dataSource)) {
            metadata.get();
            long before = pings();
            for (int row = 0; row < 10_000; row++) {
                metadata.get();
            }
            // 10,000 calls take far less than a minute: one check a second at most.
            assertThat(pings() - before).isLessThan(60);
        }
    }

    @Test
    void aConnectionBrokenByATargetRestartIsReplacedAtItsNextCheck() throws SQLException {
        try (MetadataConnection metadata = new MetadataConnection(dataSource)) {
            Connection first = metadata.get();
            target.restart();
            Await.until("a working metadata connection after the restart", Duration.ofSeconds(30), () -> {
                try (Statement statement = metadata.get().createStatement()) {
                    return statement.execute("SELECT 1");
                }
            });
            assertThat(metadata.get()).isNotSameAs(first);
        }
    }

    private static long pings() {
        return Long.parseLong(target.queryString("SELECT COUNT_STAR FROM performance_schema"
                + ".events_statements_summary_global_by_event_name WHERE EVENT_NAME = 'statement/com/Ping'"));
    }
}
