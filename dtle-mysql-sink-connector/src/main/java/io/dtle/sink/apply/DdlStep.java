package io.dtle.sink.apply;

import java.sql.Connection;
import java.sql.SQLException;

/** A DDL statement of a source transaction, or a table definition sent before a full copy. */
final class DdlStep implements Step {
    private final ApplyContext context;
    private final String database;
    private final String ddl;
    private final String gtid;
    private final boolean snapshotDefinition;
    private final boolean newJob;

    DdlStep(ApplyContext context, String database, String ddl, String gtid, boolean snapshotDefinition,
            boolean newJob) {
        this.context = context;
        this.database = database;
        this.ddl = ddl;
        this.gtid = gtid;
        this.snapshotDefinition = snapshotDefinition;
        this.newJob = newJob;
    }

    String ddl() {
        return ddl;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        if (snapshotDefinition) {
            context.ddl().applySnapshotDefinition(connection, database, ddl, newJob);
        } else {
            context.ddl().applyStreamed(connection, database, ddl, gtid);
        }
        context.writers().invalidateAll();
        context.metrics().ddlApplied();
    }

    @Override
    public int rows() {
        return 0;
    }

    @Override
    public String toString() {
        return "DDL in " + database + ": " + ddl;
    }
}
