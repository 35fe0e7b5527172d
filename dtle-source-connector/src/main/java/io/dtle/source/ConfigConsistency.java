package io.dtle.source;

import static io.dtle.source.StartConfigKeys.SNAPSHOT_MODE_CONFIG;
import static io.dtle.source.StartConfigKeys.START_BINLOG_FILE_CONFIG;
import static io.dtle.source.StartConfigKeys.START_BINLOG_POSITION_CONFIG;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.config.OwnConversion;
import java.util.ArrayList;
import java.util.List;

/** Checks between keys that are each valid alone, reported against every key involved. */
final class ConfigConsistency {
    private ConfigConsistency() {
    }

    static List<ConfigProblem> problems(DtleSourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        queueAndBatch(config, problems);
        problems.addAll(OwnConversion.problems(config.originals(), config.recordConverter()));
        startModes(config, problems);
        problems.addAll(config.whereConditions().problems(config.tableFilter()));
        return problems;
    }

    private static void queueAndBatch(DtleSourceConfig config, List<ConfigProblem> problems) {
        if (config.maxQueueSize() <= config.maxBatchSize()) {
            problems.add(new ConfigProblem(List.of(PerformanceConfigKeys.MAX_QUEUE_SIZE_CONFIG,
                    PerformanceConfigKeys.MAX_BATCH_SIZE_CONFIG), "max.queue.size (" + config.maxQueueSize()
                    + ") must be larger than max.batch.size (" + config.maxBatchSize() + "); raise the queue or "
                    + "lower the batch."));
        }
    }

    private static void startModes(DtleSourceConfig config, List<ConfigProblem> problems) {
        List<String> set = config.startKeysSet();
        if (set.size() > 1) {
            problems.add(new ConfigProblem(set, "Only one start position may be set, but " + String.join(", ", set)
                    + " all are; keep one of them."));
        }
        String explicitMode = config.explicitSnapshotMode();
        if (!set.isEmpty() && explicitMode != null && SnapshotMode.parse(explicitMode).copiesData()) {
            List<String> keys = new ArrayList<>(set);
            keys.add(0, SNAPSHOT_MODE_CONFIG);
            problems.add(new ConfigProblem(keys, "snapshot.mode=" + explicitMode + " copies the tables, but "
                    + String.join(", ", set) + " starts from a given position without a copy; remove snapshot.mode "
                    + "(or set it to no_data), or remove the start position."));
        }
        if (config.originals().containsKey(START_BINLOG_POSITION_CONFIG) && config.startBinlogFile().isEmpty()) {
            problems.add(new ConfigProblem(List.of(START_BINLOG_POSITION_CONFIG, START_BINLOG_FILE_CONFIG),
                    "start.binlog.position is set but start.binlog.file is not; set the file the position is in, "
                    + "or remove start.binlog.position."));
        }
    }
}
