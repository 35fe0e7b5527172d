package io.dtle.source.snapshot;

import io.debezium.relational.TableId;
import io.dtle.common.mysql.MySqlIdentifiers;
import io.dtle.source.TableFilter;
import io.dtle.source.schema.DdlOutcome;
import io.dtle.source.schema.SchemaChange;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the server's default charset, the databases' charsets and the tables' definitions (SHOW CREATE TABLE) into
 * the schema registry, the way Debezium's snapshot reads them, so tables created later without a charset inherit the
 * right one.
 */
public final class TableDefinitionLoader {
    private TableDefinitionLoader() {
    }

    /**
     * Loads every base table of every user database, captured or not, the way Debezium's default
     * ({@code schema.history.internal.store.only.captured.tables.ddl=false}) keeps them: a table added to the include
     * lists later then has its definition in the schema history baseline. Returns only the captured tables, sorted by
     * database and table name.
     */
    public static TableDefinitions load(Connection connection, TableFilter filter, SourceSchemaRegistry registry)
            throws SQLException {
        List<TableId> captured = new ArrayList<>();
        Map<String, SchemaChange> databases = new HashMap<>();
        Map<TableId, SchemaChange> creates = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            applyServerCharset(statement, registry);
            Map<String, String[]> charsets = databaseCharsets(statement);
            for (String database : strings(statement, "SHOW DATABASES", 1)) {
                boolean capturedDatabase = filter.includesDatabase(database);
                if (!capturedDatabase && !UncapturedTables.tracked(database)) {
                    continue;
                }
                String[] charset = charsets.get(database);
                if (charset != null) {
                    DdlOutcome outcome = registry.applyDatabase(database, charset[0], charset[1]);
                    if (capturedDatabase) {
                        databases.put(database, only(outcome, database));
                    }
                }
                for (String table : strings(statement, "SHOW FULL TABLES FROM " + MySqlIdentifiers.quote(database)
                        + " WHERE Table_type = 'BASE TABLE'", 1)) {
                    String ddl = strings(statement, "SHOW CREATE TABLE "
                            + MySqlIdentifiers.quoteQualified(database, table), 2).get(0);
                    if (!filter.includesTable(database, table)) {
                        UncapturedTables.apply(registry, database, table, ddl);
                        continue;
                    }
                    DdlOutcome outcome = registry.applyDdl(database, ddl);
                    if (outcome.changed().size() != 1) {
                        throw new IllegalArgumentException("Expected one CREATE TABLE in " + database + ": " + ddl);
                    }
                    TableId id = outcome.changed().iterator().next();
                    captured.add(id);
                    creates.put(id, only(outcome, database + "." + table));
                }
            }
        }
        captured.sort((a, b) -> a.toString().compareTo(b.toString()));
        return new TableDefinitions(captured, databases, creates);
    }

    private static SchemaChange only(DdlOutcome outcome, String what) {
        if (outcome.schemaChanges().size() != 1) {
            throw new IllegalStateException("The definition of " + what + " parsed into "
                    + outcome.schemaChanges().size() + " schema changes instead of one");
        }
        return outcome.schemaChanges().get(0);
    }

    private static void applyServerCharset(Statement statement, SourceSchemaRegistry registry) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT @@character_set_server, @@collation_server")) {
            if (result.next()) {
                registry.applyServerCharset(result.getString(1), result.getString(2));
            }
        }
    }

    /** Database name to {charset, collation}, from information_schema (MySQL and MariaDB alike). */
    private static Map<String, String[]> databaseCharsets(Statement statement) throws SQLException {
        Map<String, String[]> charsets = new HashMap<>();
        try (ResultSet result = statement.executeQuery("SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, "
                + "DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA")) {
            while (result.next()) {
                charsets.put(result.getString(1), new String[] {result.getString(2), result.getString(3)});
            }
        }
        return charsets;
    }

    private static List<String> strings(Statement statement, String sql, int column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(column));
            }
        }
        return values;
    }
}
