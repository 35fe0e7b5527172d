package io.dtle.sink.apply;

import io.dtle.sink.table.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A source TRUNCATE TABLE (op 't'): DDL in MySQL, so it commits on its own like any DDL step. */
final class TruncateStep implements Step {
    private final ApplyContext context;
    private final String database;
    private final String table;

    TruncateStep(ApplyContext context, String database, String table) {
        this.context = context;
        this.database = database;
        this.table = table;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        TableName target = context.writers().target(database, table);
        try (Statement statement = connection.createStatement()) {
            // DDL commits on its own, so the origin marker, not a bookkeeping row, tells the source who ran it
            statement.execute(context.ddl().withOrigin("TRUNCATE TABLE " + target.quoted()));
        }
    }

    @Override
    public int rows() {
        return 0;
    }

    @Override
    public String toString() {
        return "TRUNCATE of " + database + "." + table;
    }
}
