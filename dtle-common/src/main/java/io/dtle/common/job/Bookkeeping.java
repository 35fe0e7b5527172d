package io.dtle.common.job;

/**
 * Names of the sink's bookkeeping table on the target (ARCHITECTURE.md, "Destination bookkeeping"). The source
 * recognises a transaction applied by a dtle sink by a row event on this table at the transaction's start.
 */
public final class Bookkeeping {
    public static final String DATABASE = "dtle";
    public static final String GTID_TABLE = "gtid_executed_v2";

    private Bookkeeping() {
    }

    /** Whether {@code database.table} is the bookkeeping table (MySQL compares these names case-insensitively here). */
    public static boolean isGtidTable(String database, String table) {
        return DATABASE.equalsIgnoreCase(database) && GTID_TABLE.equalsIgnoreCase(table);
    }
}
