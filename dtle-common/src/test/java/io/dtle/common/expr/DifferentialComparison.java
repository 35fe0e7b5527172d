package io.dtle.common.expr;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares the engine with MySQL, one expression at a time over every row of the table: MySQL answers
 * {@code (expr) IS TRUE, (expr) IS NULL} per row, the engine evaluates the same rows from their JDBC values
 * ({@link Row#of}) and from their Debezium structs ({@link StructRow}). Keeps the counts for the summary.
 */
final class DifferentialComparison {
    /** One (expression, row) case that disagreed; {@code ours} is TRUE, FALSE, null or an error text. */
    record Case(String expression, int id, Map<String, Object> row, Boolean mysql, Object ours, String path) {
        @Override
        public String toString() {
            return expression + "\n      row " + id + " " + describe(row) + "\n      mysql=" + name(mysql)
                    + " ours=" + (ours instanceof Boolean || ours == null ? name((Boolean) ours) : ours) + " (" + path + ")";
        }
    }

    private final Statement statement;
    private final String table;
    private final Map<Integer, Map<String, Object>> rows;
    private final Map<Integer, Row> structRows = new HashMap<>();
    private final List<Case> mismatches = new ArrayList<>();
    private final Map<String, Integer> known = new TreeMap<>();
    private final Map<String, Integer> operatorCases = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, String> skippedExamples = new TreeMap<>();
    private int compared;
    private int expressions;

    DifferentialComparison(Connection connection, String table) throws SQLException {
        this.statement = connection.createStatement();
        this.table = table;
        this.rows = JdbcRows.read(connection, table);
        rows.forEach((id, row) -> structRows.put(id, StructRow.of(DebeziumStructs.of(row))));
    }

    void compare(RandomExpressions.Generated generated) {
        String text = generated.text();
        Map<Integer, Boolean> mysql;
        try {
            mysql = mysql(text);
        } catch (SQLException e) {
            String code = "MySQL error " + e.getErrorCode();
            skipped.merge(code, 1, Integer::sum);
            skippedExamples.putIfAbsent(code, text);
            return;
        }
        WhereExpression expression;
        try {
            expression = WhereExpression.parse(text);
        } catch (WhereException e) {
            record(new Case(text, 0, Map.of(), mysql.values().iterator().next(), "refused: " + e.getMessage(), "parse"));
            return;
        }
        expressions++;
        for (Map.Entry<Integer, Map<String, Object>> row : rows.entrySet()) {
            int id = row.getKey();
            Boolean expected = mysql.get(id);
            Object fromMap = evaluate(expression, Row.of(row.getValue()));
            Object fromStruct = evaluate(expression, structRows.get(id));
            compared++;
            generated.operators().forEach(operator -> operatorCases.merge(operator, 1, Integer::sum));
            if (!same(expected, fromMap)) {
                record(new Case(text, id, read(expression, row.getValue()), expected, fromMap, "Row.of"));
            }
            if (!Objects.equals(fromMap, fromStruct)) {
                // Both paths must give one answer whatever MySQL says, so no known difference excuses this.
                mismatches.add(new Case(text, id, read(expression, row.getValue()), expected, fromStruct,
                        "StructRow, Row.of gave " + fromMap));
            }
        }
    }

    private Map<Integer, Boolean> mysql(String text) throws SQLException {
        Map<Integer, Boolean> answers = new HashMap<>();
        String sql = "SELECT id, (" + text + ") IS TRUE, (" + text + ") IS NULL FROM " + table;
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                answers.put(result.getInt(1), result.getBoolean(3) ? null : result.getBoolean(2));
            }
        }
        return answers;
    }

    /** The values of the columns the expression reads; these decide the case, the rest is noise. */
    private static Map<String, Object> read(WhereExpression expression, Map<String, Object> row) {
        Map<String, Object> values = new TreeMap<>();
        expression.columns().forEach(column -> values.put(column, row.get(column)));
        return values;
    }

    private static Object evaluate(WhereExpression expression, Row row) {
        try {
            return expression.evaluate(row);
        } catch (RuntimeException e) {
            return "error: " + e;
        }
    }

    private static boolean same(Boolean mysql, Object ours) {
        return mysql == null ? ours == null : mysql.equals(ours);
    }

    private void record(Case mismatch) {
        KnownDifferences.of(mismatch).ifPresentOrElse(
                difference -> known.merge(difference.name(), 1, Integer::sum),
                () -> mismatches.add(mismatch));
    }

    int compared() {
        return compared;
    }

    List<Case> mismatches() {
        return mismatches;
    }

    String summary() {
        return "compared " + compared + " (expression, row) cases from " + expressions + " expressions over "
                + rows.size() + " rows; unexplained mismatches " + mismatches.size()
                + "\n  skipped (MySQL rejects the expression): " + skipped + ", e.g. " + skippedExamples
                + "\n  known differences tolerated: " + known
                + "\n  cases per operator: " + operatorCases;
    }

    private static String name(Boolean value) {
        return value == null ? "NULL" : value ? "TRUE" : "FALSE";
    }

    static String describe(Map<String, Object> row) {
        return row.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof byte[] bytes
                        ? "0x" + hex(bytes) : e.getValue() instanceof String s ? "'" + s + "'" : e.getValue() == null ? "NULL" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b));
        }
        return text.toString() + "('" + new String(bytes, StandardCharsets.UTF_8) + "')";
    }
}
