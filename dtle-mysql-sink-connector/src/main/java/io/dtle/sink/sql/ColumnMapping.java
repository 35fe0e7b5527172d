package io.dtle.sink.sql;

import io.dtle.common.mysql.MySqlIdentifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which source fields go to which target columns. {@link #identity()} sends every field to the column
 * of the same name; {@link #parse} takes dtle's ColumnMapFrom/ColumnMapTo as one spec,
 * {@code a,b:b2,c}: only fields a, b and c are written, b into column b2.
 */
public final class ColumnMapping {

    private static final ColumnMapping IDENTITY = new ColumnMapping(null);

    /** Source field name to target column name, in spec order; null for identity. */
    private final Map<String, String> targets;

    private ColumnMapping(Map<String, String> targets) {
        this.targets = targets;
    }

    public static ColumnMapping identity() {
        return IDENTITY;
    }

    /** Parses {@code field[:column],...}; blank means identity. Names are taken verbatim (no quoting, no spaces trimmed inside). */
    public static ColumnMapping parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return IDENTITY;
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            String entry = part.strip();
            int colon = entry.indexOf(':');
            String source = (colon < 0 ? entry : entry.substring(0, colon)).strip();
            String target = (colon < 0 ? entry : entry.substring(colon + 1)).strip();
            if (source.isEmpty() || target.isEmpty()) {
                throw new IllegalArgumentException("Column mapping \"" + spec + "\" has an empty field or column name in \""
                        + part + "\"; write it as field or field:column, separated by commas");
            }
            MySqlIdentifiers.requireValid(target);
            if (targets.put(source, target) != null) {
                throw new IllegalArgumentException("Column mapping \"" + spec + "\" names source field \"" + source
                        + "\" twice; map each field once");
            }
        }
        if (new java.util.HashSet<>(targets.values().stream().map(String::toLowerCase).toList()).size() != targets.size()) {
            throw new IllegalArgumentException("Column mapping \"" + spec + "\" writes two fields into the same"
                    + " target column; give each field its own column");
        }
        return new ColumnMapping(targets);
    }

    public boolean isIdentity() {
        return targets == null;
    }

    /** The target column for source field {@code field}, or empty when the mapping leaves the field out. */
    public Optional<String> targetOf(String field) {
        return isIdentity() ? Optional.of(field) : Optional.ofNullable(targets.get(field));
    }

    /** The source fields the mapping names (empty for identity, which takes whatever the record has). */
    public List<String> sourceFields() {
        return isIdentity() ? List.of() : new ArrayList<>(targets.keySet());
    }

    @Override
    public String toString() {
        if (isIdentity()) {
            return "identity";
        }
        List<String> parts = new ArrayList<>();
        targets.forEach((s, t) -> parts.add(s.equals(t) ? s : s + ":" + t));
        return String.join(",", parts);
    }
}
