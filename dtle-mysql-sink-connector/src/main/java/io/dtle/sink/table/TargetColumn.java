package io.dtle.sink.table;

import java.util.Locale;

/**
 * One column of a target table as information_schema describes it.
 *
 * @param name        the column name as the server spells it
 * @param dataType    {@code DATA_TYPE}, e.g. {@code bigint}
 * @param columnType  {@code COLUMN_TYPE}, e.g. {@code bigint unsigned} or {@code bit(12)}
 * @param nullable    whether the column accepts NULL
 * @param generated   a generated (virtual or stored) column, which INSERT and UPDATE must not name
 * @param collation   the collation of a character column, null for other types
 */
public record TargetColumn(String name, String dataType, String columnType, boolean nullable, boolean generated,
        String collation) {

    public ColumnKind kind() {
        return ColumnKind.ofDataType(dataType);
    }

    public boolean isUnsigned() {
        return columnType.toLowerCase(Locale.ROOT).contains("unsigned");
    }

    /** The width n of BIT(n), 0 for other types. */
    public int bitWidth() {
        if (kind() != ColumnKind.BIT) {
            return 0;
        }
        int open = columnType.indexOf('(');
        return open < 0 ? 1 : Integer.parseInt(columnType.substring(open + 1, columnType.indexOf(')')).trim());
    }

    /**
     * Whether equal values can be told apart by byte comparison alone. Character columns with a
     * case- or accent-insensitive collation (or PAD SPACE) hold values that differ in Java but collide
     * in a unique key.
     */
    public boolean comparesExactly() {
        if (kind() != ColumnKind.TEXT) {
            return true;  // ENUM and SET values arrive as the member names the server itself spells
        }
        return collation == null || collation.endsWith("_bin") && collation.startsWith("utf8mb4_0900")
                || collation.equals("binary");
    }
}
