package io.dtle.source;

import io.debezium.relational.TableId;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.schema.AppliedDdl;
import io.dtle.source.schema.SchemaChange;
import io.dtle.source.schema.SourceSchemaRegistry;
import io.dtle.source.snapshot.TableDefinitionLoader;
import io.dtle.source.snapshot.TableDefinitions;
import io.dtle.source.stream.StreamContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a schema history replay, a captured table may still have no definition: it was added to the include lists
 * and the history never saw it (written before the history kept every table, or hidden from the connector's user
 * until a later GRANT). Today's definition (SHOW CREATE TABLE) held at the stored offset if no DDL changed the table
 * since, which the binlog from the offset to now tells; then it is taken and written to the history at the offset.
 * Otherwise the task stops rather than decode the table's rows with the wrong columns.
 */
final class MissingTableDefinitions {
    private static final Logger LOG = LoggerFactory.getLogger(MissingTableDefinitions.class);

    private MissingTableDefinitions() {
    }

    static void complete(Connection connection, DtleSourceConfig config, StreamContext context, BinlogPosition at)
            throws SQLException {
        SourceSchemaRegistry registry = context.registry();
        if (!anyCapturedTableUndefined(connection, context)) {
            return; // the usual case, without reading every definition
        }
        SourceSchemaRegistry today = registry.emptyLike();
        TableDefinitions definitions = TableDefinitionLoader.load(connection, context.tables(), today);
        Set<TableId> missing = new HashSet<>();
        for (TableId table : definitions.tables()) {
            if (registry.table(table).isEmpty()) {
                missing.add(table);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        LOG.info("The schema history has no definition of the captured tables {} at {}; checking the binlog since "
                + "then for DDL on them before taking today's", missing, at);
        Set<TableId> createdSince;
        try {
            createdSince = new DdlSinceOffsetCheck(config, missing::contains, "the schema history has no definition of it at that "
                    + "offset (it was not captured, or not visible to the connector's user, when the history was "
                    + "written)", "re-snapshot it: recreate the connector under a new name (Connect keeps offsets "
                    + "per connector name), or take the table out of the include lists again.")
                    .verify(at, today);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while checking the binlog for DDL since the stored offset", e);
        }
        missing.removeAll(createdSince); // the stream reads their CREATE TABLE
        for (TableId table : missing) {
            SchemaChange create = definitions.create(table);
            AppliedDdl statement = new AppliedDdl(table.catalog(), create.ddl());
            statement.applyTo(registry);
            context.history().recordDdl(at, statement);
            LOG.info("Took today's definition of {} as its definition at {}: no DDL changed it since", table, at);
        }
    }

    private static boolean anyCapturedTableUndefined(Connection connection, StreamContext context)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES "
                     + "WHERE TABLE_TYPE = 'BASE TABLE'")) {
            while (tables.next()) {
                String database = tables.getString(1);
                String table = tables.getString(2);
                if (context.tables().includesTable(database, table)
                        && context.registry().table(new TableId(database, null, table)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
