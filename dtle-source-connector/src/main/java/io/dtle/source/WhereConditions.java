package io.dtle.source;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.expr.TableConditions;
import io.dtle.common.expr.WhereException;
import io.dtle.common.expr.WhereExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The row conditions of the {@code where.<db>.<table>} keys, by table. A key splits at its first
 * dot, so the database name has none; the table name may.
 */
public final class WhereConditions {
    private final Map<String, String> byKey;

    private WhereConditions(Map<String, String> byKey) {
        this.byKey = byKey;
    }

    /** Collects the keys from {@code originalsWithPrefix("where.")}: the map's keys are {@code <db>.<table>}. */
    public static WhereConditions from(Map<String, Object> withoutPrefix) {
        Map<String, String> byKey = new TreeMap<>();
        withoutPrefix.forEach((key, value) -> byKey.put(key, value == null ? "" : value.toString().trim()));
        return new WhereConditions(byKey);
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The condition of one table, if it has one. */
    public Optional<String> condition(String database, String table) {
        return Optional.ofNullable(byKey.get(database + "." + table)).filter(text -> !text.isEmpty());
    }

    /** Every condition, keyed by {@code <db>.<table>}. */
    public Map<String, String> asMap() {
        return Map.copyOf(byKey);
    }

    /** Malformed keys, empty conditions and conditions of tables the filter leaves out. */
    public List<ConfigProblem> problems(TableFilter filter) {
        List<ConfigProblem> problems = new ArrayList<>();
        byKey.forEach((name, condition) -> {
            String key = CaptureConfigKeys.WHERE_PREFIX + name;
            int dot = name.indexOf('.');
            String keyProblem = TableConditions.keyProblem(name);
            if (keyProblem != null) {
                problems.add(ConfigProblem.of(key, keyProblem));
            } else if (condition.isEmpty()) {
                problems.add(ConfigProblem.of(key, "Expected a row condition such as 'id > 100'; remove " + key
                        + " to capture every row of the table."));
            } else if (!filter.includesTable(name.substring(0, dot), name.substring(dot + 1))) {
                problems.add(ConfigProblem.of(key, "The table " + name + " is not captured by the include and "
                        + "exclude lists, so " + key + " would have no effect; capture the table or remove the key."));
            } else {
                problems.addAll(parse(key, condition));
            }
        });
        return problems;
    }

    /** The parsed condition of every key that has a valid one, keyed by {@code <db>.<table>}. */
    public Map<String, WhereExpression> expressions() {
        Map<String, WhereExpression> parsed = new TreeMap<>();
        byKey.forEach((name, condition) -> {
            if (!condition.isEmpty() && parse(CaptureConfigKeys.WHERE_PREFIX + name, condition).isEmpty()) {
                parsed.put(name, WhereExpression.parse(condition));
            }
        });
        return parsed;
    }

    /** A condition that does not parse, or uses what the engine refuses, is a problem on its key. */
    private static List<ConfigProblem> parse(String key, String condition) {
        try {
            WhereExpression.parse(condition);
            return List.of();
        } catch (WhereException e) {
            return List.of(ConfigProblem.of(key, e.getMessage()));
        }
    }
}
