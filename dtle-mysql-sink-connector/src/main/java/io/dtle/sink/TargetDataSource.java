package io.dtle.sink;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;

/**
 * The pool of target connections. Every session runs in UTC (TIMESTAMP values arrive in UTC), with the job's
 * foreign key checks, and with a sql_mode that stores what the source stored: no auto-increment on an explicit 0,
 * zero dates allowed, as a MySQL replica applies row events; and strict, so a value a target column cannot hold
 * (a narrower column) fails the transaction instead of being silently cut, as a replica refuses lossy conversions.
 */
public final class TargetDataSource {
    static final String SESSION_SQL_MODE = "STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION";
    /** Parsed statements kept per connection, and the longest kept: a few MB per connection at most. */
    private static final int STATEMENT_CACHE_SIZE = 128;
    private static final int STATEMENT_CACHE_SQL_LIMIT = 64 * 1024;

    private TargetDataSource() {
    }

    public static HikariDataSource create(DtleSinkConfig config, int connections, String poolName) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setJdbcUrl(jdbcUrl(config));
        hikari.setUsername(config.user());
        hikari.setPassword(config.password().value());
        hikari.setMaximumPoolSize(connections);
        hikari.setMinimumIdle(1);
        hikari.setAutoCommit(false);
        hikari.setConnectionTimeout(Math.max(250, config.connectTimeoutMs()));
        hikari.setInitializationFailTimeout(-1);
        hikari.setConnectionInitSql("SET SESSION time_zone = '+00:00', sql_mode = '" + SESSION_SQL_MODE + "', "
                + "foreign_key_checks = " + (config.foreignKeyChecks() ? 1 : 0) + ", unique_checks = 1");
        return new HikariDataSource(hikari);
    }

    public static String jdbcUrl(DtleSinkConfig config) {
        String encoding = config.charset().toLowerCase(Locale.ROOT).startsWith("utf8") ? "UTF-8" : config.charset();
        return "jdbc:mysql://" + config.host() + ":" + config.port() + "/"
                + "?characterEncoding=" + encoding
                + "&connectTimeout=" + config.connectTimeoutMs()
                + "&socketTimeout=0&tcpKeepAlive=true"
                + "&useLocalSessionState=true&useLocalTransactionState=true"
                + "&rewriteBatchedStatements=true&useServerPrepStmts=false&cachePrepStmts=true"
                // Multi-row statements are longer than the driver's 256-character default: without this, Connector/J
                // parses each one again for every batch (a fifth of the apply thread in a profile of the full copy).
                + "&prepStmtCacheSqlLimit=" + STATEMENT_CACHE_SQL_LIMIT + "&prepStmtCacheSize=" + STATEMENT_CACHE_SIZE
                + "&allowPublicKeyRetrieval=true&sslMode=PREFERRED"
                + "&zeroDateTimeBehavior=CONVERT_TO_NULL&allowLoadLocalInfile=false";
    }
}
