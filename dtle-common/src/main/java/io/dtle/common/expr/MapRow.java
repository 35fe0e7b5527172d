package io.dtle.common.expr;

import java.util.Map;

/** A row backed by a map; keys may be in any case, lower-case keys are found fastest. */
final class MapRow implements Row {
    private final Map<String, ?> values;

    MapRow(Map<String, ?> values) {
        this.values = values;
    }

    @Override
    public Object value(String column) {
        Object value = values.get(column);
        if (value != null || values.containsKey(column)) {
            return value;
        }
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
