package io.dtle.sink.bench;

/**
 * One benchmark workload: a sysbench-like table {@code <database>.sbtest} holding ids 1..rows on the source, either
 * loaded before the topics are made (a full copy) or written in transactions of {@code rowsPerTransaction} rows that
 * the sinks replay from the binlog. Its column k is {@code id % kValues}.
 */
public record Workload(String label, String database, int rows, int rowsPerTransaction, int kValues) {
    private static final int K_VALUES = 100_000;

    public static Workload fullCopy(int rows) {
        return new Workload("full copy", "bench_copy", rows, 0, K_VALUES);
    }

    public static Workload transactions(String label, String database, int rows, int rowsPerTransaction) {
        return new Workload(label, database, rows, rowsPerTransaction, K_VALUES);
    }

    /** The same workload with k cycling through {@code 0..kValues-1}, e.g. a small range to split rows by. */
    public Workload withKValues(int values) {
        return new Workload(label, database, rows, rowsPerTransaction, values);
    }

    public boolean isFullCopy() {
        return rowsPerTransaction == 0;
    }

    public String table() {
        return database + ".sbtest";
    }

    /** Source transactions of the workload; 0 for a full copy, which has none. */
    public int transactions() {
        return isFullCopy() ? 0 : (rows + rowsPerTransaction - 1) / rowsPerTransaction;
    }
}
