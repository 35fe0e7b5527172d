package io.dtle.source.stream;

import io.debezium.relational.TableSchema;
import io.dtle.common.expr.RowChange;
import io.dtle.common.expr.StructRow;
import io.dtle.common.expr.WhereExpression;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which row changes to emit and as what: a table's {@code where.<db>.<table>} condition with the update rule (old
 * row matches and new does not: a delete; the other way round: an insert; neither: nothing), then
 * {@code skipped.operations} on the resulting kind.
 */
public final class RowFilter {
    private final Map<String, WhereExpression> conditions = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> skippedOperations;

    public RowFilter(Map<String, WhereExpression> conditions, Set<String> skippedOperations) {
        this.conditions.putAll(conditions);
        this.skippedOperations = Set.copyOf(skippedOperations);
    }

    /** Whether {@code skipped.operations} has 't': TRUNCATE statements are then not emitted. */
    public boolean skipsTruncate() {
        return skippedOperations.contains("t");
    }

    /** The table's condition, or null. */
    public WhereExpression condition(String database, String table) {
        return conditions.get(database + "." + table);
    }

    /**
     * The before and after images to emit, or null to emit nothing. Before is null for an insert, after for a
     * delete.
     */
    public Object[][] apply(TableSchema schema, String database, String table, Object[] before, Object[] after) {
        Object[] keptBefore = before;
        Object[] keptAfter = after;
        WhereExpression condition = condition(database, table);
        if (condition != null) {
            RowChange rule = condition.classify(
                    before == null ? null : StructRow.of(schema.valueFromColumnData(before)),
                    after == null ? null : StructRow.of(schema.valueFromColumnData(after)));
            switch (rule) {
                case NONE -> {
                    return null;
                }
                case INSERT -> keptBefore = null;
                case DELETE -> keptAfter = null;
                case UPDATE -> {
                }
            }
        }
        String kind = keptBefore == null ? "c" : keptAfter == null ? "d" : "u";
        if (skippedOperations.contains(kind.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Object[][] {keptBefore, keptAfter};
    }
}
