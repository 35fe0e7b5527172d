package io.dtle.common.expr;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The row conditions of {@code where.<db>.<table>} settings, by table, as the source connector and the WhereFilter
 * transform both read them. A key splits at its first dot, so the database name has none; the table name may.
 * Tables are looked up ignoring case, as the binlog and the table filter name them.
 */
public final class TableConditions {
    /** The prefix of every condition key. */
    public static final String KEY_PREFIX = "where.";

    private final Map<String, WhereExpression> byTable;

    private TableConditions(Map<String, WhereExpression> byTable) {
        this.byTable = byTable;
    }

    /**
     * Parses the settings of {@code originalsWithPrefix("where.")}: keys {@code <db>.<table>}, values conditions.
     * Throws a {@link TableConditionException} naming the first key that is malformed or whose condition cannot be
     * used.
     */
    public static TableConditions parse(Map<String, ?> withoutPrefix) {
        Map<String, WhereExpression> byTable = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        new TreeMap<>(withoutPrefix).forEach((name, value) -> {
            String key = KEY_PREFIX + name;
            String problem = keyProblem(name);
            if (problem != null) {
                throw new TableConditionException(key, problem);
            }
            String text = value == null ? "" : value.toString().trim();
            try {
                byTable.put(name, WhereExpression.parse(text));
            } catch (WhereException e) {
                throw new TableConditionException(key, e.getMessage());
            }
        });
        return new TableConditions(Collections.unmodifiableMap(byTable));
    }

    /**
     * What is wrong with a key (without the prefix) that does not name a database and a table, or null when it
     * does.
     */
    public static String keyProblem(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "Expected a key of the form '" + KEY_PREFIX + "<db>.<table>'; '" + KEY_PREFIX + name
                    + "' does not name a database and a table.";
        }
        return null;
    }

    public boolean isEmpty() {
        return byTable.isEmpty();
    }

    /** The condition of {@code database.table}, or null when the table has none. */
    public WhereExpression condition(String database, String table) {
        return byTable.get(database + "." + table);
    }

    /** Every condition, keyed by {@code <db>.<table>} (looked up ignoring case). */
    public Map<String, WhereExpression> asMap() {
        return byTable;
    }
}
