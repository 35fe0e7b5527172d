package io.dtle.smt.bench;

import io.dtle.sink.bench.BenchTopics;
import io.dtle.sink.bench.FailedConnectors;
import io.dtle.sink.bench.SinkBenchmark;
import io.dtle.sink.bench.SourceLoad;
import io.dtle.sink.bench.TargetProgress;
import io.dtle.sink.bench.Workload;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Issue 5's end-to-end benchmark: SplitByRowIT's scenario (one source in ordered routing, two sinks with a WhereFilter
 * each, k&lt;5 and k&gt;=5) against the same pipeline with one sink and no filter, on the sink benchmark's table
 * written in 1000-row transactions, with k = id % 10 so that every transaction is split. Both pipelines are measured
 * twice: with the ordered topic made beforehand (the sinks alone) and end to end, with the source reading the binlog
 * while the sinks apply. Each pipeline writes into a fresh target server (the split into two databases of it) and is
 * timed from its first row on the target to its last; its figure is printed only after TableComparer found each
 * target database equal to the source's rows of its condition. A first, uncounted copy warms the sink's code up.
 *
 * <p>Run: {@code bench/split-benchmark.sh [rows]} ({@code -Dbench.rows}, default 200000).
 */
public final class SplitBenchmark {
    private static final String TOPIC_READY = "topic ready";
    private static final String END_TO_END = "end to end";
    private static final List<SplitTarget> NO_FILTER = List.of(new SplitTarget("bench_split", null));
    private static final List<SplitTarget> SPLIT = List.of(new SplitTarget("split_low", "k<5"),
            new SplitTarget("split_high", "k>=5"));

    private final LocalMySqlServer source;
    private final ConnectCluster connect;
    private final Workload workload;
    private final String startGtid;
    private final List<SplitFigure> figures = new ArrayList<>();
    private int run;

    private SplitBenchmark(LocalMySqlServer source, ConnectCluster connect, Workload workload, String startGtid) {
        this.source = source;
        this.connect = connect;
        this.workload = workload;
        this.startGtid = startGtid;
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 200_000);
        Workload workload = Workload.transactions("split", "bench_split", rows, 1000).withKValues(10);
        System.out.printf("load average at start: %s", SinkBenchmark.loadAverage());
        List<SplitFigure> figures;
        try (LocalMySqlServer source = SinkBenchmark.sourceServer();
             ConnectCluster connect = ConnectCluster.builder().start()) {
            String startGtid = source.gtidExecuted();
            double seconds = SourceLoad.run(source, workload);
            System.out.printf("%,d rows written on the source in %.1f s%n", rows, seconds);
            SplitBenchmark bench = new SplitBenchmark(source, connect, workload, startGtid);
            new BenchTopics(source, connect).produceOrdered(workload, startGtid);
            // The first copy in the JVM runs the sink cold (class loading, JIT), so it is a warm-up, not a figure.
            bench.copy(TOPIC_READY, "warm-up, not counted", NO_FILTER);
            bench.figures.clear();
            for (String mode : List.of(TOPIC_READY, END_TO_END)) {
                bench.copy(mode, SplitFigure.NO_FILTER, NO_FILTER);
                bench.copy(mode, "split k<5 / k>=5, 2 sinks", SPLIT);
            }
            figures = bench.figures;
        }
        System.out.printf("%nrows: %,d in %,d transactions; cores: %d; load average at end: %s%n", rows,
                workload.transactions(), Runtime.getRuntime().availableProcessors(), SinkBenchmark.loadAverage());
        System.out.println(SplitFigure.HEADER);
        figures.forEach(f -> System.out.println(f.line(figures)));
    }

    /** Runs one pipeline into a fresh target server, times it, checks every target, then records the figure. */
    private void copy(String mode, String pipeline, List<SplitTarget> targets) throws Exception {
        try (LocalMySqlServer target = SinkBenchmark.targetServer()) {
            run++;
            List<String> connectors = new ArrayList<>();
            String prefix = BenchTopics.orderedPrefix(workload);
            if (mode.equals(END_TO_END)) {
                prefix = "e2e" + run;
                connectors.add(prefix);
                connect.createConnector(prefix, new BenchTopics(source, connect).sourceConfig(workload, prefix,
                        "ordered", startGtid));
            }
            for (SplitTarget split : targets) {
                String name = "sink" + run + "_" + split.database();
                connectors.add(name);
                connect.createConnector(name, split.sinkConfig(target, prefix, workload));
            }
            double seconds = await(target, targets, FailedConnectors.of(connect, connectors.toArray(String[]::new)));
            connectors.forEach(connect::deleteConnector);
            for (SplitTarget split : targets) {
                split.assertEqual(source, target, workload);
            }
            SplitFigure figure = new SplitFigure(mode, pipeline, workload.rows(), seconds);
            figures.add(figure);
            System.out.println(figure.line(figures) + "   (every target equals its rows of the source)");
        }
    }

    /** Watches every target database at once; seconds from the first row on any of them to the last on all. */
    private double await(LocalMySqlServer target, List<SplitTarget> targets, Supplier<String> failure)
            throws Exception {
        ExecutorService watchers = Executors.newFixedThreadPool(targets.size());
        try {
            List<Future<TargetProgress.Span>> spans = new ArrayList<>();
            for (SplitTarget split : targets) {
                long[] expected = split.expected(source, workload);
                spans.add(watchers.submit(() -> TargetProgress.watch(target, split.table(), expected[0], expected[1],
                        failure)));
            }
            TargetProgress.Span all = null;
            for (Future<TargetProgress.Span> span : spans) {
                all = all == null ? get(span) : all.union(get(span));
            }
            return all.seconds();
        } finally {
            watchers.shutdownNow();
        }
    }

    private static TargetProgress.Span get(Future<TargetProgress.Span> span) throws Exception {
        try {
            return span.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
