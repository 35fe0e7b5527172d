package io.dtle.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

class DtleSourceConnectorTest {

    @Test
    void serviceLoaderFindsTheConnector() {
        List<Class<?>> found = new ArrayList<>();
        ServiceLoader.load(SourceConnector.class).stream().forEach(provider -> found.add(provider.type()));
        assertThat(found).contains(DtleSourceConnector.class);
    }

    @Test
    void oneTaskWhateverMaxTasks() throws Exception {
        DtleSourceConnector connector = new DtleSourceConnector();
        var props = java.util.Map.of("k", "v");
        var field = DtleSourceConnector.class.getDeclaredField("props");
        field.setAccessible(true);
        field.set(connector, props);
        List<Map<String, String>> configs = connector.taskConfigs(5);
        assertThat(configs).containsExactly(props);
        assertThat(connector.taskClass()).isEqualTo(DtleSourceTask.class);
    }

    @Test
    void versionAndConfigComeFromTheBuild() {
        DtleSourceConnector connector = new DtleSourceConnector();
        assertThat(connector.version()).isEqualTo(Version.get()).isNotBlank();
        assertThat(connector.config()).isSameAs(DtleSourceConfig.CONFIG_DEF);
        assertThat(new DtleSourceTask().version()).isEqualTo(Version.get());
    }

    /** Issue #3: Connect's preflight check for exactly.once.support=required and transaction.boundary=connector. */
    @Test
    void declaresExactlyOnceSupportAndItsOwnTransactionBoundaries() {
        DtleSourceConnector connector = new DtleSourceConnector();
        Map<String, String> config = Map.of("exactly.once.support", "required", "transaction.boundary", "connector");
        assertThat(connector.exactlyOnceSupport(config)).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        assertThat(connector.canDefineTransactionBoundaries(config))
                .isEqualTo(ConnectorTransactionBoundaries.SUPPORTED);
        // Connect validates its own keys; the connector's ConfigDef must not claim them.
        assertThat(DtleSourceConfig.CONFIG_DEF.names()).doesNotContain("exactly.once.support", "transaction.boundary");
    }
}
