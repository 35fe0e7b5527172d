package io.dtle.sink;

import static io.dtle.sink.DtleSinkConfig.COLUMNS_PREFIX;
import static io.dtle.sink.DtleSinkConfig.DATABASE_RENAME_PREFIX;
import static io.dtle.sink.DtleSinkConfig.TABLE_RENAME_PREFIX;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.mysql.MySqlIdentifiers;
import io.dtle.sink.table.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a source table's rows go on the target: {@code database.rename.<db>} moves a whole database (n:1
 * aggregation into another schema), {@code table.rename.<db>.<table>} renames one table inside the database its
 * source database maps to, and {@code columns.<db>.<table>} keeps the raw column map for that table. Names match
 * exactly, as MySQL compares them on Linux with lower_case_table_names=0.
 */
public final class TableMapping {
    private final Map<String, String> databases;
    private final Map<String, String> tables;
    private final Map<String, String> columns;

    private TableMapping(Map<String, String> databases, Map<String, String> tables, Map<String, String> columns) {
        this.databases = databases;
        this.tables = tables;
        this.columns = columns;
    }

    public static TableMapping identity() {
        return new TableMapping(Map.of(), Map.of(), Map.of());
    }

    static TableMapping from(Map<String, String> originals) {
        return new TableMapping(withPrefix(originals, DATABASE_RENAME_PREFIX), withPrefix(originals, TABLE_RENAME_PREFIX),
                withPrefix(originals, COLUMNS_PREFIX));
    }

    public String targetDatabase(String sourceDatabase) {
        return databases.getOrDefault(sourceDatabase, sourceDatabase);
    }

    public TableName target(String sourceDatabase, String sourceTable) {
        return TableName.of(targetDatabase(sourceDatabase),
                tables.getOrDefault(sourceDatabase + "." + sourceTable, sourceTable));
    }

    /** Whether any rename applies to tables of this source database, so DDL text must be rewritten. */
    public boolean renames(String sourceDatabase) {
        if (databases.containsKey(sourceDatabase)) {
            return true;
        }
        String prefix = sourceDatabase + ".";
        return tables.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    /** Whether any database or table is renamed, so a DDL statement may name one from any default database. */
    public boolean renamesAny() {
        return !databases.isEmpty() || !tables.isEmpty();
    }

    /** The {@code columns.<db>.<table>} value, if the table has a column map. */
    public Optional<String> columnMap(String sourceDatabase, String sourceTable) {
        return Optional.ofNullable(columns.get(sourceDatabase + "." + sourceTable));
    }

    static List<ConfigProblem> problems(Map<String, String> originals) {
        List<ConfigProblem> problems = new ArrayList<>();
        withPrefix(originals, DATABASE_RENAME_PREFIX).forEach((database, target) -> {
            String key = DATABASE_RENAME_PREFIX + database;
            identifierProblem(key, database, "source database").ifPresent(problems::add);
            identifierProblem(key, target, "target database").ifPresent(problems::add);
        });
        withPrefix(originals, TABLE_RENAME_PREFIX).forEach((table, target) -> {
            String key = TABLE_RENAME_PREFIX + table;
            tableKeyProblem(key, table).ifPresent(problems::add);
            identifierProblem(key, target, "target table").ifPresent(problems::add);
        });
        withPrefix(originals, COLUMNS_PREFIX).forEach((table, map) -> {
            String key = COLUMNS_PREFIX + table;
            tableKeyProblem(key, table).ifPresent(problems::add);
            if (map.isBlank()) {
                problems.add(ConfigProblem.of(key, "An empty column map writes no column; list the columns to "
                        + "write as 'a,b:b2' or remove the key."));
            }
        });
        return problems;
    }

    private static Optional<ConfigProblem> tableKeyProblem(String key, String table) {
        int dot = table.indexOf('.');
        if (dot <= 0 || dot == table.length() - 1) {
            return Optional.of(ConfigProblem.of(key, "The key must name a source table as <db>.<table>, e.g. "
                    + key.substring(0, key.length() - table.length()) + "demo.t."));
        }
        return Optional.empty();
    }

    private static Optional<ConfigProblem> identifierProblem(String key, String name, String what) {
        try {
            MySqlIdentifiers.requireValid(name);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(ConfigProblem.of(key, "Not a valid " + what + " name: " + e.getMessage()));
        }
    }

    private static Map<String, String> withPrefix(Map<String, String> originals, String prefix) {
        Map<String, String> found = new HashMap<>();
        originals.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length() && value != null) {
                found.put(key.substring(prefix.length()), value.trim());
            }
        });
        return Map.copyOf(found);
    }
}
