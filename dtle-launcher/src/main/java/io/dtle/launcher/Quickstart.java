package io.dtle.launcher;

import io.dtle.testing.ComparisonReport;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * dtle's 1:1 quick start on this machine: two local MySQL servers, demo.demo_tbl with rows on the source, the job
 * (source in ordered routing plus the MySQL sink) on an embedded Kafka + Connect, then a few changes on the source
 * shown arriving on the target with the time each took. Everything it started is stopped and deleted at the end.
 * Without the sink in the build it shows the changes arriving in Kafka instead.
 */
final class Quickstart {
    static final int ROWS = 1000;
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final PrintStream out;
    private final CountDownLatch stop;

    Quickstart(PrintStream out, CountDownLatch stop) {
        this.out = out;
        this.stop = stop;
    }

    void run() {
        out.println("dtle quickstart: starting two MySQL 8.0.33 servers (the first run unpacks MySQL, about 15 s)");
        Path data = temporaryDirectory();
        try (LocalMySqlServer source = LocalMySqlServer.mysql(); LocalMySqlServer target = LocalMySqlServer.mysql()) {
            out.println("  source mysql on 127.0.0.1:" + source.port() + ", target mysql on 127.0.0.1:" + target.port());
            source.execute("CREATE DATABASE demo", "CREATE TABLE demo.demo_tbl (a INT PRIMARY KEY, b VARCHAR(64))",
                    "SET SESSION cte_max_recursion_depth = " + (ROWS + 1),
                    "INSERT INTO demo.demo_tbl WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                            + "WHERE n < " + ROWS + ") SELECT n, CONCAT('row ', n) FROM seq");
            out.println("  demo.demo_tbl on the source has " + ROWS + " rows");
            out.println("dtle quickstart: starting Kafka and Kafka Connect");
            try (LocalCluster cluster = LocalCluster.start(data, FreePorts.any(), () -> stop.getCount() == 0);
                 KafkaProgress kafka = new KafkaProgress(cluster.bootstrapServers())) {
                out.println("  Connect REST API at " + cluster.rest().base());
                boolean withSink = QuickstartJob.sinkAvailable();
                List<ConnectorConfig> job = QuickstartJob.connectors(source, target, withSink,
                        cluster.bootstrapServers());
                for (ConnectorConfig connector : job) {
                    cluster.rest().putConnector(connector.name(), connector.config());
                    out.println("  applied " + connector.name() + " (" + connector.config().get("connector.class") + ")");
                }
                if (!withSink) {
                    out.println("  the MySQL sink (io.dtle.sink.DtleMySqlSinkConnector) is not in this build yet: "
                            + "this run shows the changes arriving in Kafka, topic " + QuickstartJob.TOPIC);
                }
                ProgressMonitor monitor = new ProgressMonitor(cluster.rest(), kafka, job);
                Check copied = withSink ? () -> equal(source, target)
                        : () -> kafka.recordsUnder(QuickstartJob.PREFIX) >= ROWS;
                awaitWithProgress("the full copy", copied, monitor);
                out.println("dtle quickstart: full copy done; now changing the source");
                showChanges(source, target, kafka, withSink);
                if (withSink) {
                    ComparisonReport report = TableComparer.between(source, target).tables("demo.demo_tbl").compare();
                    out.println("dtle quickstart: source and target " + (report.equal() ? "are equal" : "differ:\n"
                            + report.describe()));
                }
                out.println("dtle quickstart: stopping Kafka Connect, Kafka and both MySQL servers");
            }
        } finally {
            deleteRecursively(data);
        }
        out.println("dtle quickstart: done, nothing left running");
    }

    private void showChanges(LocalMySqlServer source, LocalMySqlServer target, KafkaProgress kafka, boolean withSink) {
        List<QuickstartJob.Change> changes = QuickstartJob.changes(ROWS);
        for (QuickstartJob.Change change : changes) {
            if (stop.getCount() == 0) {
                return;
            }
            long recordsBefore = kafka.recordsUnder(QuickstartJob.PREFIX);
            Instant start = Instant.now();
            source.execute(change.sql());
            Check arrived = withSink ? () -> change.visibleOn(target)
                    : () -> kafka.recordsUnder(QuickstartJob.PREFIX) >= recordsBefore + change.records();
            if (!awaitQuietly(arrived)) {
                out.println("  " + change.description() + ": not seen " + (withSink ? "on the target" : "in Kafka")
                        + " after " + WAIT.toSeconds() + " s");
                continue;
            }
            out.printf("  %-40s arrived %s after %d ms%n", change.description(), withSink ? "on the target" : "in Kafka",
                    Duration.between(start, Instant.now()).toMillis());
        }
    }

    private void awaitWithProgress(String what, Check done, ProgressMonitor monitor) {
        Instant deadline = Instant.now().plus(WAIT);
        Instant nextLine = Instant.now();
        while (!done.test()) {
            if (stop.getCount() == 0) {
                throw new StopRequested("stopped while waiting for " + what);
            }
            if (Instant.now().isAfter(deadline)) {
                monitor.sample().forEach(line -> out.println("  " + line));
                throw new IllegalStateException(what + " did not finish within " + WAIT.toSeconds() + " s");
            }
            if (Instant.now().isAfter(nextLine)) {
                monitor.sample().forEach(line -> out.println("  " + line));
                nextLine = Instant.now().plusSeconds(2);
            }
            Pause.briefly();
        }
    }

    private boolean awaitQuietly(Check done) {
        Instant deadline = Instant.now().plus(WAIT);
        while (!done.test()) {
            if (Instant.now().isAfter(deadline) || stop.getCount() == 0 || !Pause.sleep(20)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(LocalMySqlServer source, LocalMySqlServer target) {
        try {
            return TableComparer.between(source, target).tables("demo.demo_tbl").compare().equal();
        } catch (RuntimeException | AssertionError notThereYet) {
            return false;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("dtle-quickstart");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Kafka's data", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    /** A condition polled until it holds. */
    @FunctionalInterface
    interface Check extends BooleanSupplier {
        default boolean test() {
            return getAsBoolean();
        }
    }
}
