package io.dtle.source.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class ConnectorMBeansTest {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void registersDebeziumsNamesAndRemovesThemOnClose() throws Exception {
        ObjectName snapshot = new ObjectName("debezium.mysql:type=connector-metrics,context=snapshot,server=mb1");
        ObjectName streaming = new ObjectName("debezium.mysql:type=connector-metrics,context=streaming,server=mb1");
        try (ConnectorMBeans beans = ConnectorMBeans.register("mb1")) {
            beans.snapshot().started(java.util.List.of(), 0, 7);
            assertThat(server.getAttribute(snapshot, "RowsEstimated")).isEqualTo(7L);
            assertThat(server.getAttribute(streaming, "QueueTotalCapacity")).isEqualTo(0);
        }
        assertThat(server.isRegistered(snapshot)).isFalse();
        assertThat(server.isRegistered(streaming)).isFalse();
    }

    @Test
    void aRestartedTaskTakesTheNamesOverAndTheOldOneLeavesThem() throws Exception {
        ObjectName snapshot = ConnectorMBeans.name("snapshot", "mb2");
        ConnectorMBeans old = ConnectorMBeans.register("mb2");
        ConnectorMBeans restarted = ConnectorMBeans.register("mb2");
        restarted.snapshot().started(java.util.List.of(), 0, 9);
        old.close();
        assertThat(server.getAttribute(snapshot, "RowsEstimated")).isEqualTo(9L);
        restarted.close();
        assertThat(server.queryNames(new ObjectName("debezium.mysql:server=mb2,*"), null)).isEmpty();
    }

    @Test
    void aPrefixWithReservedCharactersIsQuoted() {
        assertThat(ConnectorMBeans.name("streaming", "a,b").getKeyProperty("server")).isEqualTo("\"a,b\"");
    }
}
