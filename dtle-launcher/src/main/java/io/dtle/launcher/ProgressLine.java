package io.dtle.launcher;

import java.time.Duration;
import java.util.Locale;

/** The text of one progress line; pure, so its arithmetic is unit tested. */
final class ProgressLine {
    private ProgressLine() {
    }

    /**
     * Full copy progress by dtle's formula: ETA = elapsed / copied x (estimate - copied). The estimate is InnoDB's
     * row count, which can be below the truth, so the percentage stops at 99 until the copy is done.
     */
    static String snapshot(String connector, long copied, long estimate, Duration elapsed, double rowsPerSecond) {
        long total = Math.max(estimate, copied);
        int percent = total == 0 ? 0 : (int) Math.min(99, copied * 100 / total);
        String eta = copied == 0 ? "unknown" : seconds(Duration.ofMillis(elapsed.toMillis() * (total - copied) / copied));
        return String.format(Locale.ROOT, "%s: full copy %d%% (%,d of about %,d rows), %,.0f rows/s, ETA %s",
                connector, percent, copied, total, rowsPerSecond, eta);
    }

    static String streaming(String connector, long records, double recordsPerSecond) {
        return String.format(Locale.ROOT, "%s: streaming the binlog, %,d records written, %,.0f records/s",
                connector, records, recordsPerSecond);
    }

    /** Lag as records not yet committed by the sink (Connect commits sink offsets every few seconds). */
    static String sinkLag(String connector, long lagRecords) {
        return String.format(Locale.ROOT, "%s: applying, lag %,d records", connector, lagRecords);
    }

    static String state(String connector, String state, String detail) {
        return connector + ": " + state + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }

    /** Records per second between two samples. */
    static double rate(long before, long after, Duration between) {
        return between.isZero() || after < before ? 0 : (after - before) * 1000.0 / between.toMillis();
    }

    static String seconds(Duration duration) {
        long s = duration.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
