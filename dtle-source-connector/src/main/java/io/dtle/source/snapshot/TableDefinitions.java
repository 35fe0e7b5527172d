package io.dtle.source.snapshot;

import io.debezium.relational.TableId;
import io.dtle.source.schema.SchemaChange;
import java.util.List;
import java.util.Map;

/**
 * The captured tables in snapshot order, with the schema changes that define them as the consistent snapshot saw
 * them: a CREATE DATABASE (with the database's charset) per database and the SHOW CREATE TABLE text per table.
 */
public record TableDefinitions(List<TableId> tables, Map<String, SchemaChange> databases,
                               Map<TableId, SchemaChange> creates) {

    public TableDefinitions {
        tables = List.copyOf(tables);
        databases = Map.copyOf(databases);
        creates = Map.copyOf(creates);
    }

    /** The CREATE TABLE change of a captured table. */
    public SchemaChange create(TableId table) {
        SchemaChange change = creates.get(table);
        if (change == null) {
            throw new IllegalArgumentException("No definition read for " + table);
        }
        return change;
    }

    /** The CREATE DATABASE change of a captured table's database. */
    public SchemaChange database(TableId table) {
        SchemaChange change = databases.get(table.catalog());
        if (change == null) {
            throw new IllegalArgumentException("No database definition read for " + table.catalog());
        }
        return change;
    }
}
