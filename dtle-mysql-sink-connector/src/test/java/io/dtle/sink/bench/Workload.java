package io.dtle.sink.bench;

/**
 * One benchmark workload: a sysbench-like table {@code <database>.sbtest} holding ids 1..rows on the source, either
 * loaded before the topics are made (a full copy) or written in transactions of {@code rowsPerTransaction} rows that
 * the sinks replay from the binlog.
 */
record Workload(String label, String database, int rows, int rowsPerTransaction) {

    static Workload fullCopy(int rows) {
        return new Workload("full copy", "bench_copy", rows, 0);
    }

    static Workload transactions(String label, String database, int rows, int rowsPerTransaction) {
        return new Workload(label, database, rows, rowsPerTransaction);
    }

    boolean isFullCopy() {
        return rowsPerTransaction == 0;
    }

    String table() {
        return database + ".sbtest";
    }

    /** Source transactions of the workload; 0 for a full copy, which has none. */
    int transactions() {
        return isFullCopy() ? 0 : (rows + rowsPerTransaction - 1) / rowsPerTransaction;
    }
}
