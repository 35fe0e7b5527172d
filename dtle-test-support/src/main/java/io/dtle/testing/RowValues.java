package io.dtle.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;

/** One row as text: binary columns in hex, NULL and absent columns marked so they never equal a value. */
final class RowValues {
    private static final String ABSENT = "\u0000absent";
    private static final String NULL = "\u0000null";

    private final List<String> columns;
    private final String[] values;

    private RowValues(List<String> columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    static RowValues read(ResultSet rows, List<String> columns, TableShape shape) throws SQLException {
        String[] values = new String[columns.size()];
        int position = 1;
        for (int i = 0; i < values.length; i++) {
            TableShape.Column column = shape.columns().get(columns.get(i));
            if (column == null) {
                values[i] = ABSENT;
                continue;
            }
            values[i] = column.binary() ? hex(rows.getBytes(position)) : rows.getString(position);
            if (values[i] == null) {
                values[i] = NULL;
            }
            position++;
        }
        return new RowValues(columns, values);
    }

    /** Every column's name and value: what the checksum covers. */
    String canonical() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(columns.get(i)).append('=').append(values[i]).append('\u0001');
        }
        return text.toString();
    }

    /** The key columns' values, e.g. {@code id=5}; with no key columns, the whole row. */
    String key(List<String> keyColumns) {
        if (keyColumns.isEmpty()) {
            return display();
        }
        StringJoiner key = new StringJoiner(", ");
        for (String column : keyColumns) {
            key.add(column + "=" + shown(values[columns.indexOf(column)]));
        }
        return key.toString();
    }

    String display() {
        StringJoiner row = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < values.length; i++) {
            row.add(columns.get(i) + "=" + shown(values[i]));
        }
        return row.toString();
    }

    private static String shown(String value) {
        if (value == NULL) {
            return "NULL";
        }
        return value == ABSENT ? "(no such column)" : value;
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : "0x" + HexFormat.of().formatHex(bytes);
    }
}
