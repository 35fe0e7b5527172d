package io.dtle.translator.mapping;

import static io.dtle.source.StartConfigKeys.SNAPSHOT_MODE_CONFIG;
import static io.dtle.source.StartConfigKeys.START_AT_CURRENT_CONFIG;
import static io.dtle.source.StartConfigKeys.START_BINLOG_FILE_CONFIG;
import static io.dtle.source.StartConfigKeys.START_BINLOG_POSITION_CONFIG;
import static io.dtle.source.StartConfigKeys.START_GTID_CONFIG;
import static io.dtle.source.StartConfigKeys.START_GTID_FIRST_CONFIG;

import io.dtle.source.SnapshotMode;
import io.dtle.translator.job.StartPoint;
import java.util.Map;

/**
 * dtle's start fields as the source's start.* keys. No start field means the source's default: copy the
 * tables, then stream (dtle's empty Gtid). The source rejects contradictory combinations when validated.
 */
final class StartMapping {
    private StartMapping() {
    }

    static void put(StartPoint start, Map<String, String> config) {
        if (start.gtid() != null) {
            config.put(START_GTID_CONFIG, start.gtid().replaceAll("\\s+", ""));
        }
        if (start.gtidStart() != null) {
            config.put(START_GTID_FIRST_CONFIG, start.gtidStart().trim());
        }
        if (Boolean.TRUE.equals(start.autoGtid())) {
            config.put(START_AT_CURRENT_CONFIG, "true");
        }
        if (start.binlogFile() != null) {
            config.put(START_BINLOG_FILE_CONFIG, start.binlogFile());
            if (start.binlogPos() != null) {
                config.put(START_BINLOG_POSITION_CONFIG, start.binlogPos().toString());
            }
        }
        if (Boolean.TRUE.equals(start.skipIncrementalCopy())) {
            config.put(SNAPSHOT_MODE_CONFIG, SnapshotMode.INITIAL_ONLY.configName());
        }
    }
}
