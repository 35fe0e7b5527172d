package io.dtle.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka (KRaft, broker and controller in one) in this process, its log in {@code <data>/kafka}. The
 * directory is formatted once; a later start reuses it, so topics, offsets and connector configs survive.
 */
final class EmbeddedKafka implements AutoCloseable {
    private static final String CONTROLLER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static EmbeddedKafka start(Path dataDirectory) {
        Path logDirectory = dataDirectory.resolve("kafka").toAbsolutePath();
        int brokerPort = FreePorts.any();
        int controllerPort = FreePorts.any();
        Map<String, String> config = config(logDirectory, brokerPort, controllerPort);
        format(logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafka(server, "127.0.0.1:" + brokerPort);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Map<String, String> config(Path logDirectory, int brokerPort, int controllerPort) {
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("controller.listener.names", CONTROLLER);
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        // One broker: every internal topic has one replica.
        config.put("offsets.topic.replication.factor", "1");
        // One partition instead of 50: the worker's group coordinator is ready in a second, not after 50 loads.
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // Connectors create their topics with topic.creation.* as on a production cluster.
        config.put("auto.create.topics.enable", "false");
        return config;
    }

    private static void format(Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream())).setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString()).setDirectories(List.of(logDirectory.toString()))
                    .setMetadataLogDirectory(logDirectory.toString()).setControllerListenerName(CONTROLLER)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES).setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false).setIgnoreFormatted(true).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka data directory " + logDirectory, e);
        } catch (Exception e) {
            throw new IllegalStateException("formatting the Kafka data directory " + logDirectory + " failed: " + e, e);
        }
    }
}
