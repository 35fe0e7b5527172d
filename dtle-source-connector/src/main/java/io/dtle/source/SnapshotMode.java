package io.dtle.source;

import java.util.Arrays;
import java.util.Locale;

/** Values of snapshot.mode. */
public enum SnapshotMode {
    /** Copy the captured tables, then stream the binlog from the snapshot's position (dtle's empty Gtid). */
    INITIAL,
    /** Copy the captured tables and stop, with no binlog phase (dtle's SkipIncrementalCopy). */
    INITIAL_ONLY,
    /** Copy no rows; stream from the server's current position, or from the configured start position. */
    NO_DATA;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean copiesData() {
        return this != NO_DATA;
    }

    public boolean streams() {
        return this != INITIAL_ONLY;
    }

    static String[] names() {
        return Arrays.stream(values()).map(SnapshotMode::configName).toArray(String[]::new);
    }

    static SnapshotMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
