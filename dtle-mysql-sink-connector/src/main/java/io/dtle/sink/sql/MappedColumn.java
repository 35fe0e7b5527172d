package io.dtle.sink.sql;

import io.dtle.sink.table.TargetColumn;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/** One source field bound to its target column, with the conversion chosen once for the pair. */
record MappedColumn(Field field, TargetColumn column, JdbcValue converter) {

    /**
     * The field's value as the source sent it. {@link Struct#get(Field)} would put the column's default
     * in place of a NULL, so fields whose schema has a default are read without it.
     */
    Object sourceValue(Struct row) {
        return field.schema().defaultValue() == null ? row.get(field) : row.getWithoutDefault(field.name());
    }

    /** The JDBC parameter for this column of {@code row}; null for SQL NULL. */
    Object jdbcValue(Struct row) {
        Object value = sourceValue(row);
        return value == null ? null : converter.toJdbc(value);
    }
}
