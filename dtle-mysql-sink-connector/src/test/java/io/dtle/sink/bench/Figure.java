package io.dtle.sink.bench;

import java.util.List;
import java.util.Optional;

/** One measured copy: rows (and source transactions) applied per second, from the first row to the last. */
record Figure(Workload workload, String sink, double seconds) {
    static final String HEADER = String.format("%-12s %-18s %12s %10s %9s %14s", "workload", "sink", "rows/s",
            "tx/s", "seconds", "vs " + SinkSetup.BASELINE);

    double rowsPerSecond() {
        return workload.rows() / seconds;
    }

    String line(List<Figure> all) {
        String transactions = workload.isFullCopy() ? "-" : String.format("%,.0f", workload.transactions() / seconds);
        String ratio = baseline(all).map(b -> String.format("%.2fx", rowsPerSecond() / b.rowsPerSecond())).orElse("-");
        return String.format("%-12s %-18s %,12.0f %10s %9.1f %14s", workload.label(), sink, rowsPerSecond(),
                transactions, seconds, ratio);
    }

    private Optional<Figure> baseline(List<Figure> all) {
        return all.stream().filter(f -> f.workload.equals(workload) && f.sink.equals(SinkSetup.BASELINE)).findFirst();
    }
}
