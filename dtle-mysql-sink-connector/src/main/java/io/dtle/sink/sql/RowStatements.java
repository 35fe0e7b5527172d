package io.dtle.sink.sql;

import io.dtle.common.mysql.MySqlIdentifiers;
import io.dtle.sink.table.ColumnKind;
import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetColumn;
import java.util.List;

/**
 * The SQL text of one table's row statements, placeholders in the order {@link RowWriter} binds them.
 * Pure string building; {@link RowWriter} caches what it builds here.
 */
final class RowStatements {

    /** The row alias of INSERT ... AS alias ON DUPLICATE KEY UPDATE; a table alias, so no column name clashes. */
    static final String ROW_ALIAS = "_dtle_new";

    private final String table;
    private final List<TargetColumn> written;
    private final List<TargetColumn> key;
    private final List<TargetColumn> compared;
    private final ServerDialect dialect;
    private final String columnList;
    private final String rowPlaceholders;

    /**
     * @param written  the columns INSERT and UPDATE write, in bind order
     * @param key      the row identity's columns, empty when the table has none
     * @param compared the columns a whole-row match compares (used when {@code key} is empty)
     */
    RowStatements(TableName table, List<TargetColumn> written, List<TargetColumn> key, List<TargetColumn> compared,
            ServerDialect dialect) {
        this.table = table.quoted();
        this.written = List.copyOf(written);
        this.key = List.copyOf(key);
        this.compared = List.copyOf(compared);
        this.dialect = dialect;
        this.columnList = join(written);
        this.rowPlaceholders = placeholders(written.size());
    }

    String insert(int rows) {
        StringBuilder sql = new StringBuilder(32 + columnList.length() + rows * (rowPlaceholders.length() + 1));
        sql.append("INSERT INTO ").append(table).append(" (").append(columnList).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(rowPlaceholders);
        }
        return sql.toString();
    }

    /** INSERT that updates the row holding a duplicate key to the proposed values instead of failing. */
    String upsert(int rows) {
        StringBuilder sql = new StringBuilder(insert(rows));
        if (dialect.usesRowAlias()) {
            sql.append(" AS ").append(ROW_ALIAS);
        }
        sql.append(" ON DUPLICATE KEY UPDATE ");
        List<TargetColumn> updated = written.stream().filter(c -> !key.contains(c)).toList();
        // A table of key columns only: assigning a key column its own new value changes nothing but keeps the syntax.
        List<TargetColumn> assigned = updated.isEmpty() ? written.subList(0, 1) : updated;
        for (int i = 0; i < assigned.size(); i++) {
            String column = quote(assigned.get(i));
            sql.append(i == 0 ? "" : ",").append(column).append('=');
            if (dialect.usesRowAlias()) {
                sql.append(ROW_ALIAS).append('.').append(column);
            } else {
                sql.append("VALUES(").append(column).append(')');
            }
        }
        return sql.toString();
    }

    /** UPDATE of every written column; placeholders: written values, then key values (or compared values). */
    String update() {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < written.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(quote(written.get(i))).append("=?");
        }
        return appendRowMatch(sql).toString();
    }

    /** DELETE of the rows whose keys are given; placeholders: the key values of each row in turn. */
    String deleteByKeys(int rows) {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(table).append(" WHERE ");
        if (key.size() == 1) {
            sql.append(quote(key.get(0))).append(" IN ").append(placeholders(rows));
            return sql.toString();
        }
        sql.append('(').append(join(key)).append(") IN (");
        String tuple = placeholders(key.size());
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(tuple);
        }
        return sql.append(')').toString();
    }

    /** DELETE of one row matched on every compared column; placeholders: the compared values. */
    String deleteByRow() {
        return appendRowMatch(new StringBuilder("DELETE FROM ").append(table)).toString();
    }

    private StringBuilder appendRowMatch(StringBuilder sql) {
        sql.append(" WHERE ");
        if (!key.isEmpty()) {
            for (int i = 0; i < key.size(); i++) {
                sql.append(i == 0 ? "" : " AND ").append(quote(key.get(i))).append("=?");
            }
            return sql;
        }
        for (int i = 0; i < compared.size(); i++) {
            TargetColumn column = compared.get(i);
            sql.append(i == 0 ? "" : " AND ").append(quote(column)).append("<=>");
            // MySQL compares a JSON column with a string as a JSON string scalar; the text must be parsed first.
            boolean castJson = column.kind() == ColumnKind.JSON && dialect.hasJsonType();
            sql.append(castJson ? "CAST(? AS JSON)" : "?");
        }
        return sql.append(" LIMIT 1");
    }

    private static String join(List<TargetColumn> columns) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : ",").append(quote(columns.get(i)));
        }
        return text.toString();
    }

    private static String placeholders(int count) {
        StringBuilder text = new StringBuilder(2 * count + 2).append('(');
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "?" : ",?");
        }
        return text.append(')').toString();
    }

    private static String quote(TargetColumn column) {
        return MySqlIdentifiers.quote(column.name());
    }
}
