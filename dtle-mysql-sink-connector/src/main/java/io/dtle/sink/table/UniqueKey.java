package io.dtle.sink.table;

import java.util.List;

/** A PRIMARY or UNIQUE index of a target table: its name and columns in index order. */
public record UniqueKey(String name, List<TargetColumn> columns) {

    public UniqueKey {
        columns = List.copyOf(columns);
    }

    public boolean isPrimary() {
        return "PRIMARY".equals(name);
    }

    /** Whether no column can be NULL, so the key identifies at most one row (as InnoDB's implicit key does). */
    public boolean isNotNull() {
        return columns.stream().noneMatch(TargetColumn::nullable);
    }
}
