package io.dtle.sink.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * A task's cache of target table shapes. The DDL code invalidates an entry when it changes the table,
 * so the next {@link #get} reads information_schema again. Safe to share between the threads of one task.
 */
public final class TargetTables {

    private final Map<TableName, TargetTable> tables = new ConcurrentHashMap<>();

    /** The table's shape, read on first use. Throws {@link MissingTableException} when the table does not exist. */
    public TargetTable get(Connection connection, TableName name) throws SQLException {
        TargetTable table = tables.get(name);
        if (table == null) {
            table = TargetTableReader.read(connection, name);
            tables.put(name, table);
        }
        return table;
    }

    public void invalidate(TableName name) {
        tables.remove(name);
    }

    public void invalidateAll() {
        tables.clear();
    }
}
