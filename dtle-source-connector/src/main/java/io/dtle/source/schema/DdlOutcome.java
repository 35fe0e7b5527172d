package io.dtle.source.schema;

import io.debezium.relational.TableId;
import java.util.Set;

/**
 * What one DDL statement did to the tracked schema: the tables whose definitions were
 * created or changed, and those that are gone (dropped, or the old name of a rename).
 * A statement that changes no definition (TRUNCATE, GRANT, CREATE DATABASE) has both empty.
 */
public record DdlOutcome(Set<TableId> changed, Set<TableId> removed) {

    public DdlOutcome {
        changed = Set.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    public boolean changedAnyTable() {
        return !changed.isEmpty() || !removed.isEmpty();
    }
}
