package io.dtle.sink.ddl;

import io.dtle.common.job.OriginMarker;
import io.dtle.common.mysql.MySqlIdentifiers;
import io.dtle.sink.TableMapping;
import io.dtle.sink.table.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies DDL on the target. A DDL statement commits on its own, so it cannot share a transaction with the
 * bookkeeping row: after a crash between the two it is applied again, and the errors a repeat gives (the table or
 * column already exists or is already gone) are taken as "already applied" with a warning.
 */
public final class DdlApplier {
    private static final Logger LOG = LoggerFactory.getLogger(DdlApplier.class);
    /** Errors of a DDL statement whose effect is already there: a repeat after a crash, or a pre-created table. */
    private static final Set<Integer> ALREADY_APPLIED = Set.of(
            1007, // database exists
            1008, // database to drop does not exist
            1050, // table exists
            1051, // table to drop does not exist
            1060, // duplicate column
            1061, // duplicate key name
            1091, // column or key to drop does not exist
            1826); // duplicate foreign key constraint name

    private final TableMapping mapping;
    private final UUID job;
    private final boolean skipCreate;
    private final boolean dropTableIfExists;
    private final Set<TableName> droppedThisRun = new HashSet<>();

    public DdlApplier(TableMapping mapping, UUID job, boolean skipCreate, boolean dropTableIfExists) {
        this.mapping = mapping;
        this.job = job;
        this.skipCreate = skipCreate;
        this.dropTableIfExists = dropTableIfExists;
    }

    /**
     * A definition the source sent before the rows of a full copy. Creates the database or table when missing
     * (never replaces one), after dropping the table when drop.table.if.exists is on and the job is new: a resumed
     * copy must not lose the rows already copied.
     *
     * @return whether anything was executed
     */
    public boolean applySnapshotDefinition(Connection connection, String database, String ddl, boolean newJob)
            throws SQLException {
        if (skipCreate) {
            return false;
        }
        Optional<String> databaseOptions = DdlText.createDatabaseOptions(ddl);
        if (databaseOptions.isPresent()) {
            execute(connection, withOrigin("CREATE DATABASE IF NOT EXISTS "
                    + MySqlIdentifiers.quote(mapping.targetDatabase(database)) + databaseOptions.get()));
            return true;
        }
        Optional<DdlText.CreateTable> create = DdlText.createTable(ddl);
        if (create.isEmpty()) {
            LOG.warn("Skipping a snapshot definition that is neither CREATE DATABASE nor CREATE TABLE: {}", ddl);
            return false;
        }
        String sourceTable = create.get().table();
        if (mapping.columnMap(database, sourceTable).isPresent()) {
            LOG.info("Not creating {}.{}: it has a column map, so its target table must exist", database, sourceTable);
            return false;
        }
        TableName target = mapping.target(database, sourceTable);
        execute(connection,
                withOrigin("CREATE DATABASE IF NOT EXISTS " + MySqlIdentifiers.quote(target.database())));
        if (dropTableIfExists && newJob && droppedThisRun.add(target)) {
            LOG.info("Dropping {} before the full copy (drop.table.if.exists)", target);
            execute(connection, withOrigin("DROP TABLE IF EXISTS " + target.quoted()));
        }
        execute(connection, withOrigin("CREATE TABLE IF NOT EXISTS " + target.quoted() + create.get().rest()));
        return true;
    }

    /**
     * {@code statement} with this job's origin marker and no GTID: DDL the sink runs for something without a source
     * GTID (a full copy's definitions, a per-table TRUNCATE). The other direction's source of a bidirectional job
     * then drops it like any DDL the sink applied, instead of sending it back (a DROP TABLE of the copy would drop
     * the original).
     */
    public String withOrigin(String statement) {
        return new OriginMarker(job, "").mark(statement);
    }

    /** A DDL statement from the binlog, in its database, marked with its origin, renamed as the mapping says. */
    public void applyStreamed(Connection connection, String database, String ddl, String gtid) throws SQLException {
        // Not only the statement's default database: CREATE TABLE a.t from a session without USE a names a too.
        String statement = mapping.renamesAny() ? DdlRenamer.rename(ddl, database == null ? "" : database, mapping)
                : ddl;
        String marked = new OriginMarker(job, gtid == null ? "" : gtid).mark(statement);
        try (Statement use = connection.createStatement()) {
            if (database != null && !database.isEmpty() && !DdlText.isDatabaseLevel(ddl)) {
                use.execute("USE " + MySqlIdentifiers.quote(mapping.targetDatabase(database)));
            }
            use.execute(marked);
        } catch (SQLException e) {
            if (!ALREADY_APPLIED.contains(e.getErrorCode())) {
                throw e;
            }
            LOG.warn("DDL of source transaction {} is taken as already applied on the target ({}): {}", gtid,
                    e.getMessage(), statement);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
