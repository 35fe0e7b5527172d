package io.dtle.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * `dtle run`: applies a job's connectors to an embedded cluster (or an existing one) and prints progress until
 * Ctrl-C or the given duration, then stops what it started.
 */
final class RunCommand {
    private final RunOptions options;
    private final PrintStream out;
    private final CountDownLatch stop;

    RunCommand(RunOptions options, PrintStream out, CountDownLatch stop) {
        this.options = options;
        this.out = out;
        this.stop = stop;
    }

    void run() {
        if (options.connectUrl() != null) {
            List<ConnectorConfig> connectors = connectors(options.kafkaBootstrap(), true);
            ConnectRest rest = new ConnectRest(options.connectUrl());
            try (KafkaProgress kafka = options.kafkaBootstrap() == null ? null
                    : new KafkaProgress(options.kafkaBootstrap())) {
                applyAndWatch(rest, kafka, connectors);
            }
            out.println("dtle: stopped watching; the connectors keep running on " + options.connectUrl());
            return;
        }
        connectors(null, false); // a bad job or config directory fails here, before anything starts
        out.println("dtle: starting Kafka and Kafka Connect, data in " + options.dataDirectory().toAbsolutePath());
        try (LocalCluster cluster = LocalCluster.start(options.dataDirectory(), options.restPort(),
                () -> stop.getCount() == 0);
             KafkaProgress kafka = new KafkaProgress(cluster.bootstrapServers())) {
            out.println("dtle: Kafka at " + cluster.bootstrapServers() + ", Connect REST API at " + cluster.rest().base());
            applyAndWatch(cluster.rest(), kafka, connectors(cluster.bootstrapServers(), true));
            out.println("dtle: stopping Kafka Connect and Kafka; run the same command again to resume");
        }
        out.println("dtle: stopped");
    }

    /**
     * The connectors to apply: the config directory's, or the job file translated for that Kafka; sources keep
     * their schema history in that Kafka when it is known.
     */
    private List<ConnectorConfig> connectors(String kafkaBootstrap, boolean printNotes) {
        List<ConnectorConfig> connectors = options.configsDirectory() != null
                ? ConnectorConfig.readDirectory(options.configsDirectory())
                : JobTranslation.translate(options.jobFile(), kafkaBootstrap,
                        printNotes ? out : new PrintStream(OutputStream.nullOutputStream()));
        return connectors.stream().map(connector -> connector.withSchemaHistory(kafkaBootstrap)).toList();
    }

    private void applyAndWatch(ConnectRest rest, KafkaProgress kafka, List<ConnectorConfig> connectors) {
        for (ConnectorConfig connector : connectors) {
            rest.putConnector(connector.name(), connector.config());
            out.println("dtle: applied connector " + connector.name());
        }
        ProgressMonitor monitor = new ProgressMonitor(rest, kafka, connectors);
        Instant end = options.duration() == null ? Instant.MAX : Instant.now().plus(options.duration());
        while (stop.getCount() > 0 && Instant.now().isBefore(end)) {
            monitor.sample().forEach(line -> out.println("  " + line));
            long untilEnd = options.duration() == null ? Long.MAX_VALUE
                    : Math.max(1, end.toEpochMilli() - System.currentTimeMillis());
            if (!await(Math.min(options.interval().toMillis(), untilEnd))) {
                break;
            }
        }
    }

    /** Waits for a stop request up to {@code millis}; false when it came (or the thread was interrupted). */
    private boolean await(long millis) {
        try {
            return !stop.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
