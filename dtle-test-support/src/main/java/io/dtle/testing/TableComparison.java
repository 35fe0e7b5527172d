package io.dtle.testing;

import java.util.List;

/** The outcome for one table: counts and checksums per side, and the first differing rows if any. */
public record TableComparison(String table, TableSummary left, TableSummary right, List<RowDifference> differences) {
    public TableComparison {
        differences = List.copyOf(differences);
    }

    public boolean equal() {
        return left.equals(right) && differences.isEmpty();
    }

    String describe() {
        StringBuilder text = new StringBuilder(table).append(": ");
        if (equal()) {
            return text.append("equal, ").append(left.rows()).append(" rows").toString();
        }
        text.append("DIFFERENT; left ").append(left).append(", right ").append(right);
        for (RowDifference difference : differences) {
            text.append("\n    ").append(difference);
        }
        return text.toString();
    }
}
