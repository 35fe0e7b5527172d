package io.dtle.source.snapshot;

import io.debezium.relational.TableId;
import io.dtle.common.mysql.MySqlIdentifiers;
import io.dtle.source.TableFilter;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the captured tables' definitions (SHOW CREATE TABLE) into the schema registry. */
public final class TableDefinitionLoader {
    private TableDefinitionLoader() {
    }

    /** Loads every captured base table and returns their ids, sorted by database and table name. */
    public static List<TableId> load(Connection connection, TableFilter filter, SourceSchemaRegistry registry)
            throws SQLException {
        List<TableId> captured = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String database : strings(statement, "SHOW DATABASES", 1)) {
                if (!filter.includesDatabase(database)) {
                    continue;
                }
                for (String table : strings(statement, "SHOW FULL TABLES FROM " + MySqlIdentifiers.quote(database)
                        + " WHERE Table_type = 'BASE TABLE'", 1)) {
                    if (filter.includesTable(database, table)) {
                        String ddl = strings(statement, "SHOW CREATE TABLE "
                                + MySqlIdentifiers.quoteQualified(database, table), 2).get(0);
                        captured.add(registry.applyCreateTable(database, ddl));
                    }
                }
            }
        }
        captured.sort((a, b) -> a.toString().compareTo(b.toString()));
        return captured;
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
