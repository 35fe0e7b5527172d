package io.dtle.sink.parallel;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dtle.testing.LocalMySqlServer;

/** A HikariCP pool on a test server, sized for the applier's workers. */
final class TargetPool {
    private TargetPool() {
    }

    static HikariDataSource on(LocalMySqlServer server, int workers) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(workers);
        config.setMinimumIdle(0);
        config.setAutoCommit(false);
        config.setPoolName("target-" + server.port());
        return new HikariDataSource(config);
    }
}
