package io.dtle.source.metric;

/**
 * dtle's snapshot ETA (the manual's "ETA 估算"): total time = elapsed / rows copied x total rows, ETA = total time -
 * elapsed, that is remaining rows / the rate so far. The total is the estimate, or the rows copied once they exceed
 * it (InnoDB's TABLE_ROWS is approximate).
 */
final class SnapshotEta {
    private SnapshotEta() {
    }

    static long seconds(long elapsedMillis, long copied, long estimated) {
        if (copied <= 0) {
            return 0;
        }
        long remaining = Math.max(estimated, copied) - copied;
        return Math.round((double) elapsedMillis * remaining / copied / 1000.0);
    }

    static double percent(long copied, long estimated, boolean completed) {
        if (completed) {
            return 100.0;
        }
        long total = Math.max(estimated, copied);
        return total == 0 ? 0.0 : Math.min(100.0, Math.floor(copied * 1000.0 / total) / 10.0);
    }
}
