package io.dtle.source;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.history.SchemaHistory;
import io.dtle.source.schema.AppliedDdl;
import io.dtle.source.schema.SourceSchemaRegistry;
import io.dtle.source.snapshot.TableDefinitionLoader;
import io.dtle.source.snapshot.TableDefinitions;
import io.dtle.source.stream.StreamContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Fills the task's schema registry with the table definitions that hold where it starts reading: today's (SHOW
 * CREATE TABLE) for a fresh start, written to the schema history as a baseline; for a restart at a stored offset,
 * those the history rebuilds, or today's only after checking that no DDL changed a captured table since.
 */
final class TableDefinitionsAtStart {
    private TableDefinitionsAtStart() {
    }

    /**
     * Today's definitions, which the caller knows to hold at {@code at}; recorded as the history's baseline unless
     * {@code at} is null (a resumed snapshot, whose first start recorded it).
     */
    static TableDefinitions loadAndRecord(Connection connection, StreamContext context, BinlogPosition at)
            throws SQLException {
        SourceSchemaRegistry registry = context.registry();
        registry.startRecording();
        TableDefinitions definitions;
        List<AppliedDdl> statements;
        try {
            definitions = TableDefinitionLoader.load(connection, context.tables(), registry);
        } finally {
            statements = registry.stopRecording();
        }
        if (at != null) {
            context.history().recordBaseline(at, statements);
        }
        return definitions;
    }

    /** The definitions at a stored stream offset. */
    static void restore(Connection connection, DtleSourceConfig config, StreamContext context, BinlogPosition at)
            throws SQLException {
        SchemaHistory history = context.history();
        if (history.recover(at, context.registry())) {
            MissingTableDefinitions.complete(connection, config, context, at);
            return;
        }
        String why = history.isKept() ? "the " + history.describe() + " has no entry at or before that offset"
                : "no schema history is kept (" + SchemaHistoryConfigKeys.BOOTSTRAP_SERVERS_CONFIG + " is empty)";
        SourceSchemaRegistry registry = context.registry();
        registry.startRecording();
        TableDefinitionLoader.load(connection, context.tables(), registry);
        List<AppliedDdl> today = registry.stopRecording();
        SourceSchemaRegistry scratch = registry.emptyLike();
        today.forEach(statement -> statement.applyTo(scratch));
        try {
            new DdlSinceOffsetCheck(config, context.tables(), why).verify(at, scratch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while checking the binlog for DDL since the stored offset", e);
        }
        // No DDL since the offset: today's definitions held there, and a later restart can start from them.
        history.recordBaseline(at, today);
    }
}
