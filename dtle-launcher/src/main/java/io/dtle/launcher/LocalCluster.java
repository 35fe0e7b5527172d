package io.dtle.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The embedded broker and Connect worker together, started in order and stopped in reverse. */
final class LocalCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final EmbeddedKafka kafka;
    private final EmbeddedConnect connect;
    private final ConnectRest rest;

    private LocalCluster(EmbeddedKafka kafka, EmbeddedConnect connect) {
        // Assigned first so that close() in awaitRest stops both.
        this.kafka = kafka;
        this.connect = connect;
        this.rest = new ConnectRest(connect.restUrl());
    }

    static LocalCluster start(Path dataDirectory, int restPort) {
        return start(dataDirectory, restPort, () -> false);
    }

    /** Starts both; gives up (closing what started) when {@code stopRequested} turns true first, e.g. on Ctrl-C. */
    static LocalCluster start(Path dataDirectory, int restPort, BooleanSupplier stopRequested) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDirectory);
        try {
            LocalCluster cluster = new LocalCluster(kafka, EmbeddedConnect.start(kafka.bootstrapServers(), restPort));
            cluster.awaitRest(stopRequested);
            return cluster;
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    ConnectRest rest() {
        return rest;
    }

    private void awaitRest(BooleanSupplier stopRequested) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!rest.isUp()) {
            if (stopRequested.getAsBoolean()) {
                close();
                throw new StopRequested("stopped while Kafka Connect was starting");
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("the Connect worker did not answer at " + rest.base() + " within "
                        + START_TIMEOUT.toSeconds() + " s; see the log file");
            }
            Pause.briefly();
        }
    }

    @Override
    public void close() {
        try {
            connect.close();
        } finally {
            kafka.close();
        }
    }
}
