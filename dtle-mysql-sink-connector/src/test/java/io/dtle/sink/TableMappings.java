package io.dtle.sink;

import java.util.Map;

/** Test access to the package-private factory of {@link TableMapping}. */
public final class TableMappings {
    private TableMappings() {
    }

    public static TableMapping of(Map<String, String> originals) {
        return TableMapping.from(originals);
    }
}
