package io.dtle.sink;

import io.dtle.common.Version;
import io.dtle.common.config.ConfigProblem;
import io.dtle.sink.check.TargetChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * dtle's MySQL destination: replays each source transaction of an ordered topic as one target transaction, exactly
 * once, with the bookkeeping table {@code dtle.gtid_executed_v2}; also applies per-table Debezium topics as
 * idempotent upserts and deletes. See docs/SINK.md.
 */
public final class DtleMySqlSinkConnector extends SinkConnector {
    static final String TASK_ID_CONFIG = "dtle.task.id";

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return DtleSinkConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config config = super.validate(connectorConfigs);
        boolean keysValid = config.configValues().stream().allMatch(value -> value.errorMessages().isEmpty());
        if (!keysValid) {
            return config;
        }
        DtleSinkConfig sinkConfig = new DtleSinkConfig(connectorConfigs);
        List<ConfigProblem> problems = new ArrayList<>(sinkConfig.problems());
        if (problems.isEmpty()) {
            problems.addAll(TargetChecks.run(sinkConfig));
        }
        return ConfigProblem.attach(config, problems);
    }

    @Override
    public void start(Map<String, String> props) {
        DtleSinkConfig config = new DtleSinkConfig(props);
        ConfigProblem.throwIfAny(config.problems());
        // The target checks ran in validate(), which Connect calls before it accepts a config. Not again here: start()
        // also runs on every rebalance, and a target down for a moment must not fail the connector; tasks retry.
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DtleMySqlSinkTask.class;
    }

    /**
     * {@code maxTasks} tasks; an ordered topic has one partition, so one task does the work and the others idle
     * (per-table topics spread over them). Each task knows its number for its metrics name.
     */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(TASK_ID_CONFIG, Integer.toString(i));
            configs.add(task);
        }
        return configs;
    }

    @Override
    public void stop() {
        props = null;
    }
}
