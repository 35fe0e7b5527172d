package io.dtle.sink.table;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A target table's shape as the sink needs it: columns in table order, the primary key, the other
 * unique keys and its foreign-key relations. Immutable; {@link TargetTables} caches it per task.
 *
 * @param name                  the table
 * @param columns               every column in ordinal order, generated columns included (flagged)
 * @param primaryKey            the PRIMARY KEY, or empty when the table has none
 * @param uniqueKeys            the UNIQUE keys other than the primary key
 * @param referencedByForeignKey whether a foreign key of some table references this one (it is an FK parent)
 * @param hasForeignKeys        whether this table has foreign keys of its own (it is an FK child)
 */
public record TargetTable(TableName name, List<TargetColumn> columns, Optional<UniqueKey> primaryKey,
        List<UniqueKey> uniqueKeys, boolean referencedByForeignKey, boolean hasForeignKeys) {

    public TargetTable {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    /** The column named {@code name}, matched case-insensitively as MySQL does. */
    public Optional<TargetColumn> column(String columnName) {
        return Optional.ofNullable(byLowerCaseName().get(columnName.toLowerCase(Locale.ROOT)));
    }

    /**
     * The key that identifies a row for UPDATE and DELETE: the primary key, else the first unique key
     * whose columns are all NOT NULL (the one InnoDB itself would cluster on); empty when neither exists.
     */
    public Optional<UniqueKey> rowIdentity() {
        if (primaryKey.isPresent()) {
            return primaryKey;
        }
        return uniqueKeys.stream().filter(UniqueKey::isNotNull).findFirst();
    }

    private Map<String, TargetColumn> byLowerCaseName() {
        Map<String, TargetColumn> map = new HashMap<>();
        for (TargetColumn column : columns) {
            map.put(column.name().toLowerCase(Locale.ROOT), column);
        }
        return map;
    }
}
