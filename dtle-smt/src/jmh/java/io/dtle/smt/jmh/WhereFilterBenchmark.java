package io.dtle.smt.jmh;

import io.dtle.smt.WhereFilter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * WhereFilter.apply on one record, as a sink task runs it: {@code shop.orders} has the simple condition or the compound
 * one (every clause true, so all are evaluated), {@code shop.audit} has none (pass-through).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WhereFilterBenchmark {
    static final String SIMPLE = "a < 5";
    static final String COMPOUND = "a >= 5 AND status IN ('paid', 'shipped') AND name LIKE 'cust%' "
            + "AND YEAR(created_at) = 2024 AND created_at >= '2024-03-01'";

    private final WhereFilter<SourceRecord> simple = filter(SIMPLE);
    private final WhereFilter<SourceRecord> compound = filter(COMPOUND);
    private SourceRecord lowInsert;
    private SourceRecord highInsert;
    private SourceRecord updateStayingLow;
    private SourceRecord updateLeavingLow;
    private SourceRecord otherTableInsert;

    @Setup
    public void records() {
        SourceRecords records = new SourceRecords();
        Object[] low = SourceRecords.row(1, 3, "paid", "customer 1", "2024-05-01T10:00:00");
        Object[] lowChanged = SourceRecords.row(1, 4, "paid", "customer 1b", "2024-05-01T10:00:00");
        Object[] high = SourceRecords.row(1, 7, "paid", "customer 1", "2024-05-01T10:00:00");
        lowInsert = records.insert("orders", low);
        highInsert = records.insert("orders", high);
        updateStayingLow = records.update("orders", low, lowChanged);
        updateLeavingLow = records.update("orders", low, high);
        otherTableInsert = records.insert("audit", low);

        Expect.that(simple.apply(lowInsert) == lowInsert, "a<5 keeps the low insert unchanged");
        Expect.that(simple.apply(highInsert) == null, "a<5 drops the high insert");
        Expect.that(compound.apply(highInsert) == highInsert, "every clause of the compound condition is true");
        Expect.that(simple.apply(updateStayingLow) == updateStayingLow, "an update inside a<5 passes unchanged");
        Expect.that("d".equals(((Struct) simple.apply(updateLeavingLow).value()).getString("op")),
                "an update leaving a<5 becomes a delete");
        Expect.that(simple.apply(otherTableInsert) == otherTableInsert, "a table without a condition passes");
    }

    private static WhereFilter<SourceRecord> filter(String condition) {
        WhereFilter<SourceRecord> filter = new WhereFilter<>();
        filter.configure(Map.of("where.shop.orders", condition));
        return filter;
    }

    /** Simple comparison, record kept. */
    @Benchmark
    public SourceRecord simpleKeeps() {
        return simple.apply(lowInsert);
    }

    /** Simple comparison, record dropped. */
    @Benchmark
    public SourceRecord simpleDrops() {
        return simple.apply(highInsert);
    }

    /** IN, LIKE, YEAR() and a DATETIME comparison, all evaluated. */
    @Benchmark
    public SourceRecord compoundKeeps() {
        return compound.apply(highInsert);
    }

    /** An update whose old and new rows both match: two evaluations, record kept. */
    @Benchmark
    public SourceRecord updateBothMatch() {
        return simple.apply(updateStayingLow);
    }

    /** An update leaving the condition: two evaluations and the record rewritten into a delete. */
    @Benchmark
    public SourceRecord updateBecomesDelete() {
        return simple.apply(updateLeavingLow);
    }

    /** A table without a condition: the record is read, no condition is looked at. */
    @Benchmark
    public SourceRecord tableWithoutCondition() {
        return simple.apply(otherTableInsert);
    }
}
