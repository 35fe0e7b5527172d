package io.dtle.source.schema;

import io.debezium.relational.TableId;
import java.util.List;
import java.util.Set;

/**
 * What one DDL statement did to the tracked schema: the tables whose definitions were
 * created or changed, those that are gone (dropped, or the old name of a rename), and the
 * schema change events Debezium would emit for it. A statement that changes no definition
 * (TRUNCATE, GRANT, CREATE DATABASE) has no changed or removed tables.
 */
public record DdlOutcome(Set<TableId> changed, Set<TableId> removed, List<SchemaChange> schemaChanges) {

    public DdlOutcome {
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
        schemaChanges = List.copyOf(schemaChanges);
    }

    public boolean changedAnyTable() {
        return !changed.isEmpty() || !removed.isEmpty();
    }
}
