package io.dtle.sink.apply;

import io.dtle.sink.TableMapping;
import io.dtle.sink.sql.ColumnMapping;
import io.dtle.sink.sql.RowWriter;
import io.dtle.sink.sql.ServerDialect;
import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetTable;
import io.dtle.sink.table.TargetTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.data.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RowWriter} of each (source table, row schema), built from the target table's metadata and the job's
 * table and column mapping. Shared by the workers; DDL invalidates it.
 */
public final class TableWriters {
    private static final Logger LOG = LoggerFactory.getLogger(TableWriters.class);
    private final TableMapping mapping;
    private final TargetTables tables;
    private final ServerDialect dialect;
    private final Map<WriterKey, RowWriter> writers = new ConcurrentHashMap<>();
    private final Set<TableName> warnedWithoutKey = ConcurrentHashMap.newKeySet();

    public TableWriters(TableMapping mapping, TargetTables tables, ServerDialect dialect) {
        this.mapping = mapping;
        this.tables = tables;
        this.dialect = dialect;
    }

    public RowWriter writer(Connection connection, String sourceDatabase, String sourceTable, Schema rowSchema)
            throws SQLException {
        WriterKey key = new WriterKey(sourceDatabase, sourceTable, rowSchema);
        RowWriter writer = writers.get(key);
        if (writer == null) {
            TableName target = mapping.target(sourceDatabase, sourceTable);
            // A row shape not seen before means the source table changed. The target may have changed too without
            // DDL through this sink (bidirectional: the same ALTER ran here first, on this side's own server), so
            // its cached shape may be stale: read it again.
            tables.invalidate(target);
            TargetTable table = tables.get(connection, target);
            if (table.rowIdentity().isEmpty() && warnedWithoutKey.add(target)) {
                LOG.warn("Target table {} has no primary key and no unique key of NOT NULL columns: updates and "
                        + "deletes match the whole old row and change one row (LIMIT 1); add a primary key to make "
                        + "them exact and fast", target);
            }
            ColumnMapping columns = mapping.columnMap(sourceDatabase, sourceTable)
                    .map(ColumnMapping::parse).orElse(ColumnMapping.identity());
            writer = RowWriter.create(rowSchema, table, columns, dialect);
            writers.put(key, writer);
        }
        return writer;
    }

    /** Whether a foreign key references the target table: with foreign key checks on, its writes run alone. */
    public boolean isForeignKeyParent(Connection connection, String sourceDatabase, String sourceTable)
            throws SQLException {
        return tables.get(connection, mapping.target(sourceDatabase, sourceTable)).referencedByForeignKey();
    }

    public TableName target(String sourceDatabase, String sourceTable) {
        return mapping.target(sourceDatabase, sourceTable);
    }

    /** After DDL: every target table may have changed. */
    public void invalidateAll() {
        writers.clear();
        tables.invalidateAll();
    }

    /** Row schemas are compared by identity first: the converter returns the same Schema object for a table. */
    private record WriterKey(String database, String table, Schema schema) {
    }
}
