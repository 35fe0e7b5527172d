package io.dtle.testing;

/** A table on one side: whether it exists, its row count and its order-independent checksum. */
public record TableSummary(boolean exists, long rows, long checksum) {
    static final TableSummary MISSING = new TableSummary(false, 0, 0);

    @Override
    public String toString() {
        return exists ? rows + " rows, checksum " + Long.toHexString(checksum) : "no such table";
    }
}
