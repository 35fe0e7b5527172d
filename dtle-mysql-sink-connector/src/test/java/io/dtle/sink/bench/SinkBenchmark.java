package io.dtle.sink.bench;

import io.dtle.sink.e2e.Schemas;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.ServerOptions;
import io.dtle.testing.TableComparer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Issue 4's benchmark: dtle's MySQL sink against Debezium's JDBC sink 3.5 (and, for a full copy, mysqldump | mysql).
 * Each workload's topics are made once by the dtle source, then every sink copies them into a fresh target server,
 * one at a time, in one Connect worker. A figure is printed only after TableComparer found the target equal to the
 * source. Workloads: a full copy of a sysbench-like table, its rows streamed in 1000-row transactions, and a fifth of
 * that many single-row transactions.
 *
 * <p>Run: {@code bench/sink-benchmark.sh [rows]} ({@code -Dbench.rows}, default 1000000). {@code -Dbench.sinks} and
 * {@code -Dbench.workloads} may list the sink and workload labels to run, comma-separated.
 */
public final class SinkBenchmark {
    private static final String DUMP = "mysqldump|mysql";

    private final LocalMySqlServer source;
    private final ConnectCluster connect;
    private final List<Figure> figures = new ArrayList<>();
    private int run;

    private SinkBenchmark(LocalMySqlServer source, ConnectCluster connect) {
        this.source = source;
        this.connect = connect;
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        List<SinkSetup> sinks = selected(SinkSetup.all(), SinkSetup::label, System.getProperty("bench.sinks"));
        List<Workload> workloads = selected(List.of(Workload.fullCopy(rows),
                Workload.transactions("tx 1000 rows", "bench_tx1000", rows, 1000),
                Workload.transactions("tx 1 row", "bench_tx1", rows / 5, 1)), Workload::label,
                System.getProperty("bench.workloads"));
        System.out.printf("load average at start: %s", loadAverage());
        List<Figure> figures;
        try (LocalMySqlServer source = sourceServer(); ConnectCluster connect = ConnectCluster.builder().start()) {
            SinkBenchmark bench = new SinkBenchmark(source, connect);
            for (Workload workload : workloads) {
                bench.prepare(workload);
            }
            // The first copy of a JVM pays for compiling Connect's JSON converter and the sink: not counted.
            bench.warmUp(workloads.get(0), sinks.get(0));
            for (Workload workload : workloads) {
                if (workload.isFullCopy()) {
                    bench.dumpCopy(workload);
                }
                for (SinkSetup sink : sinks) {
                    bench.sinkCopy(workload, sink);
                }
            }
            figures = bench.figures;
        }
        System.out.printf("%nrows: %,d / %,d / %,d; cores: %d; load average at end: %s%n", rows, rows, rows / 5,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println(Figure.HEADER);
        figures.forEach(f -> System.out.println(f.line(figures)));
    }

    /**
     * The source is not what is measured: it commits without fsync to write the workloads fast, and tracks
     * write sets so the binlog's logical clock shows which transactions are independent (MySQL 8.4's only mode).
     */
    public static LocalMySqlServer sourceServer() {
        return ServerOptions.mysql().argument("--innodb-buffer-pool-size=512M").argument("--sync-binlog=0")
                .argument("--innodb-flush-log-at-trx-commit=2")
                .argument("--binlog-transaction-dependency-tracking=WRITESET").start();
    }

    /** Targets keep MySQL's durable defaults (binlog with GTIDs, sync_binlog=1, flush at each commit). */
    public static LocalMySqlServer targetServer() {
        return ServerOptions.mysql().argument("--innodb-buffer-pool-size=512M").start();
    }

    private void prepare(Workload workload) throws Exception {
        String startGtid = workload.isFullCopy() ? null : source.gtidExecuted();
        double seconds = SourceLoad.run(source, workload);
        System.out.printf("%s: %,d rows written on the source in %.1f s%n", workload.label(), workload.rows(), seconds);
        new BenchTopics(source, connect).produce(workload, startGtid);
    }

    private void dumpCopy(Workload workload) throws Exception {
        try (LocalMySqlServer target = targetServer()) {
            target.execute("CREATE DATABASE " + workload.database());
            // Its LOCK TABLES hides the rows until the end, so the pipe is timed from start to exit.
            long start = System.nanoTime();
            DumpCopy.start(source, target, workload).awaitSuccess();
            record(new Figure(workload, DUMP, (System.nanoTime() - start) / 1e9), target);
        }
    }

    private void warmUp(Workload workload, SinkSetup sink) throws Exception {
        try (LocalMySqlServer target = targetServer()) {
            double seconds = copy(workload, sink, target);
            System.out.printf("warm-up: %s by %s in %.1f s (not counted)%n", workload.label(), sink.label(), seconds);
        }
    }

    private void sinkCopy(Workload workload, SinkSetup sink) throws Exception {
        try (LocalMySqlServer target = targetServer()) {
            record(new Figure(workload, sink.label(), copy(workload, sink, target)), target);
        }
    }

    private double copy(Workload workload, SinkSetup sink, LocalMySqlServer target) throws Exception {
        if (sink.needsTargetTable()) {
            Schemas.copy(source, target, workload.table());
        }
        String name = "sink" + (++run);
        connect.createConnector(name, sink.config(workload, target));
        double seconds = TargetProgress.await(target, workload.table(), workload.rows(),
                FailedConnectors.of(connect, name));
        connect.deleteConnector(name);
        return seconds;
    }

    /** Correctness first: a figure counts only once the target equals the source row for row. */
    private void record(Figure figure, LocalMySqlServer target) {
        TableComparer.between(source, target).tables(figure.workload().table()).assertEqual();
        figures.add(figure);
        System.out.println(figure.line(figures) + "   (target equals source)");
    }

    private static <T> List<T> selected(List<T> all, Function<T, String> label, String labels) {
        if (labels == null || labels.isBlank()) {
            return all;
        }
        List<String> wanted = Arrays.stream(labels.split(",")).map(String::trim).toList();
        List<T> chosen = all.stream().filter(item -> wanted.contains(label.apply(item))).toList();
        if (chosen.size() != wanted.size()) {
            throw new IllegalArgumentException("unknown label in '" + labels + "'; known: "
                    + all.stream().map(label).toList());
        }
        return chosen;
    }

    public static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg"));
    }
}
