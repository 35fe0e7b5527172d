package io.dtle.smt.jmh;

import io.dtle.smt.LoopDetection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** LoopDetection.apply on a record with the dtle.origin header (dropped) and one without (passes). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LoopDetectionBenchmark {
    private final LoopDetection<SourceRecord> anyJob = loopDetection("");
    private final LoopDetection<SourceRecord> listedJobs = loopDetection(SourceRecords.ORIGIN_JOB + ",dc3-to-dc2");
    private SourceRecord tagged;
    private SourceRecord untagged;

    @Setup
    public void records() {
        SourceRecords records = new SourceRecords();
        Object[] row = SourceRecords.row(1, 3, "paid", "customer 1", "2024-05-01T10:00:00");
        tagged = records.appliedBySink("orders", row);
        untagged = records.insert("orders", row);
        Expect.that(anyJob.apply(tagged) == null, "a record with dtle.origin is dropped");
        Expect.that(listedJobs.apply(tagged) == null, "a record applied by a listed job is dropped");
        Expect.that(anyJob.apply(untagged) == untagged, "a record without dtle.origin passes");
    }

    private static LoopDetection<SourceRecord> loopDetection(String jobs) {
        LoopDetection<SourceRecord> transform = new LoopDetection<>();
        transform.configure(Map.of(LoopDetection.ORIGIN_JOBS_CONFIG, jobs));
        return transform;
    }

    @Benchmark
    public SourceRecord originDropped() {
        return anyJob.apply(tagged);
    }

    /** origin.jobs set: the header's job UUID is looked up among the listed ones. */
    @Benchmark
    public SourceRecord originOfListedJobDropped() {
        return listedJobs.apply(tagged);
    }

    @Benchmark
    public SourceRecord noOriginPasses() {
        return anyJob.apply(untagged);
    }
}
