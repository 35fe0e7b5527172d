package io.dtle.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The embedded broker and Connect worker together, started in order and stopped in reverse. */
final class LocalCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final EmbeddedKafka kafka;
    private final EmbeddedConnect connect;
    private final ConnectRest rest;

    private LocalCluster(EmbeddedKafka kafka, EmbeddedConnect connect) {
        this.kafka = kafka;
        this.connect = connect;
        this.rest = new ConnectRest(connect.restUrl());
    }

    static LocalCluster start(Path dataDirectory, int restPort) {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDirectory);
        try {
            LocalCluster cluster = new LocalCluster(kafka, EmbeddedConnect.start(kafka.bootstrapServers(), restPort));
            cluster.awaitRest();
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

    private void awaitRest() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!rest.isUp()) {
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
