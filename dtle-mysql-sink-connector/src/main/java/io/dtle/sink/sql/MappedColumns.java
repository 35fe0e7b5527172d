package io.dtle.sink.sql;

import io.dtle.sink.table.TargetColumn;
import io.dtle.sink.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/** Resolves a {@link ColumnMapping} against a row schema and a target table, once per (schema, table). */
final class MappedColumns {

    private MappedColumns() {
    }

    /**
     * The mapped columns, in source field order; fields the mapping leaves out are skipped. Columns
     * generated on the target are included (flagged on the column) so keys can use them; writers must
     * not name them. A field whose target column does not exist is an error naming both.
     */
    static List<MappedColumn> resolve(Schema rowSchema, TargetTable table, ColumnMapping mapping) {
        for (String named : mapping.sourceFields()) {
            if (rowSchema.field(named) == null) {
                throw new DataException("Column mapping " + mapping + " for table " + table.name() + " names source"
                        + " field \"" + named + "\", which the source's rows (" + rowSchema.name() + ") do not have;"
                        + " fix the mapping or the source table");
            }
        }
        List<MappedColumn> columns = new ArrayList<>();
        for (Field field : rowSchema.fields()) {
            Optional<String> targetName = mapping.targetOf(field.name());
            if (targetName.isEmpty()) {
                continue;
            }
            TargetColumn column = table.column(targetName.get()).orElseThrow(() -> new DataException("Source field \""
                    + field.name() + "\" has no column \"" + targetName.get() + "\" in target table " + table.name()
                    + "; add the column to the target or leave the field out with a column mapping"));
            columns.add(new MappedColumn(field, column, JdbcValues.converter(field.schema(), column)));
        }
        if (columns.stream().allMatch(c -> c.column().generated())) {
            throw new DataException("No source field of " + rowSchema.name() + " maps to a writable column of target"
                    + " table " + table.name() + "; check the column mapping");
        }
        return columns;
    }
}
