package io.dtle.translator.mapping;

/**
 * Config keys of {@code io.dtle.sink.DtleMySqlSinkConnector}. The sink module is not merged yet, so they are
 * written here; once it is, replace each with the sink's {@code *_CONFIG} constant so a renamed key breaks the build.
 */
final class SinkKeys {
    static final String CONNECTOR_CLASS = "io.dtle.sink.DtleMySqlSinkConnector";
    static final String HOST = "connection.host";
    static final String PORT = "connection.port";
    static final String USERNAME = "connection.username";
    static final String PASSWORD = "connection.password";
    static final String CHARSET = "connection.charset";
    static final String JOB_NAME = "dtle.job.name";
    static final String PARALLEL_WORKERS = "parallel.workers";
    static final String FOREIGN_KEY_CHECKS = "foreign.key.checks";
    static final String RETRY_TX_LIMIT = "retry.tx.limit";
    static final String SET_GTID_NEXT = "set.gtid.next";
    static final String SKIP_CREATE_DB_TABLE = "skip.create.db.table";
    static final String DROP_TABLE_IF_EXISTS = "drop.table.if.exists";
    static final String DATABASE_RENAME_PREFIX = "database.rename.";
    static final String TABLE_RENAME_PREFIX = "table.rename.";
    static final String COLUMNS_PREFIX = "columns.";

    private SinkKeys() {
    }
}
