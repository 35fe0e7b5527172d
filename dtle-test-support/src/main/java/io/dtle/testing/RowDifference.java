package io.dtle.testing;

/** One row that differs: its key and the row on each side ({@code null} where the side lacks it). */
public record RowDifference(String key, String left, String right) {
    @Override
    public String toString() {
        return "key " + key + ": left " + (left == null ? "(missing)" : left) + " | right "
                + (right == null ? "(missing)" : right);
    }
}
