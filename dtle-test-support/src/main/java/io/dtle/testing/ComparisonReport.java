package io.dtle.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Every table compared between two servers. */
public record ComparisonReport(String left, String right, List<TableComparison> tables) {
    public ComparisonReport {
        tables = List.copyOf(tables);
    }

    public boolean equal() {
        return tables.stream().allMatch(TableComparison::equal);
    }

    /** The comparison of one table, by its {@code db.table} name. */
    public TableComparison table(String qualifiedName) {
        return tables.stream().filter(t -> t.table().equals(qualifiedName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(qualifiedName + " was not compared"));
    }

    public String describe() {
        return "comparing " + left + " (left) with " + right + " (right):\n  "
                + tables.stream().map(TableComparison::describe).collect(Collectors.joining("\n  "));
    }
}
