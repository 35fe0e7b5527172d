package io.dtle.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.config.ConfigProblem;
import java.util.List;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.api.Test;

class ConfigProblemTest {

    @Test
    void attachesEachMessageToEveryKeyItInvolves() {
        Config validated = new Config(DtleSourceConfig.CONFIG_DEF.validate(DtleSourceConfigTest.minimal()));
        ConfigProblem both = new ConfigProblem(List.of("start.gtid", "start.binlog.file"), "Only one.");
        ConfigProblem where = ConfigProblem.of("where.d.t", "Not captured.");

        Config attached = ConfigProblem.attach(validated, List.of(both, where));

        assertThat(value(attached, "start.gtid").errorMessages()).containsExactly("Only one.");
        assertThat(value(attached, "start.binlog.file").errorMessages()).containsExactly("Only one.");
        assertThat(value(attached, "where.d.t").errorMessages()).containsExactly("Not captured.");
        assertThat(value(attached, "topic.prefix").errorMessages()).isEmpty();
        assertThat(attached.configValues()).hasSize(validated.configValues().size() + 1);
    }

    @Test
    void startThrowsOneNonRetriableExceptionListingEveryProblem() {
        ConfigProblem.throwIfAny(List.of());
        assertThatThrownBy(() -> ConfigProblem.throwIfAny(List.of(ConfigProblem.of("database.hostname", "Binlog off."),
                ConfigProblem.of("database.user", "Lacks SELECT."))))
                .isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("database.hostname: Binlog off.")
                .hasMessageContaining("database.user: Lacks SELECT.");
    }

    private static ConfigValue value(Config config, String name) {
        return config.configValues().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
