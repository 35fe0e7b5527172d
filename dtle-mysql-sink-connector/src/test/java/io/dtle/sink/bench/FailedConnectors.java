package io.dtle.sink.bench;

import io.dtle.testing.ConnectCluster;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;

/** The trace of the first failed connector or task among a copy's connectors, so a waiting benchmark stops early. */
public final class FailedConnectors {
    private FailedConnectors() {
    }

    /** Gives the first failure's trace, or null while none of {@code connectors} failed. */
    public static Supplier<String> of(ConnectCluster connect, String... connectors) {
        return () -> List.of(connectors).stream().map(name -> trace(connect.status(name))).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static String trace(ConnectorStateInfo status) {
        if ("FAILED".equals(status.connector().state())) {
            return status.connector().trace();
        }
        return status.tasks().stream().filter(t -> "FAILED".equals(t.state())).map(t -> t.trace()).findFirst()
                .orElse(null);
    }
}
