package io.dtle.source.schema;

import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.debezium.relational.history.TableChanges;
import io.debezium.schema.SchemaChangeEvent.SchemaChangeEventType;
import java.util.Set;

/**
 * One schema change event as Debezium's MySQL connector would emit it for a parsed DDL
 * statement: the database it belongs to, the statement text the parser attributed to it,
 * its type, the tables of its database group (they name {@code source.table}), and the
 * table definition after the statement (only the id for drops; null for database events).
 */
public record SchemaChange(
        String database,
        String ddl,
        SchemaChangeEventType type,
        Set<TableId> groupTables,
        Table table,
        TableId previousTableId) {

    public SchemaChange {
        groupTables = Set.copyOf(groupTables);
    }

    /** Debezium's {@code tableChanges} content for this event (empty for database and truncate events). */
    public TableChanges tableChanges() {
        TableChanges changes = new TableChanges();
        switch (type) {
            case CREATE -> changes.create(table);
            case ALTER -> {
                if (previousTableId == null) {
                    changes.alter(table);
                } else {
                    changes.rename(table, previousTableId);
                }
            }
            case DROP -> changes.drop(table.id());
            default -> {
            }
        }
        return changes;
    }
}
