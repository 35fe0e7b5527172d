package io.dtle.smt.bench;

import java.util.List;

/** One measured pipeline: rows applied per second over all its targets, from the first row to the last. */
record SplitFigure(String mode, String pipeline, int rows, double seconds) {
    static final String NO_FILTER = "no filter, 1 sink";
    static final String HEADER = String.format("%-12s %-30s %10s %9s %14s", "mode", "pipeline", "rows/s", "seconds",
            "vs no filter");

    double rowsPerSecond() {
        return rows / seconds;
    }

    String line(List<SplitFigure> all) {
        String ratio = all.stream().filter(f -> f.mode.equals(mode) && f.pipeline.equals(NO_FILTER)).findFirst()
                .map(base -> String.format("%.2fx", rowsPerSecond() / base.rowsPerSecond())).orElse("-");
        return String.format("%-12s %-30s %,10.0f %9.1f %14s", mode, pipeline, rowsPerSecond(), seconds, ratio);
    }
}
