package io.dtle.smt.jmh;

import io.dtle.common.expr.StructRow;
import io.dtle.common.expr.WhereExpression;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Where engine alone: WhereFilterBenchmark's conditions evaluated on the {@code after} struct of the same insert,
 * so the difference to WhereFilter.apply is the transform's own record handling.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WhereExpressionBenchmark {
    private final WhereExpression simple = WhereExpression.parse(WhereFilterBenchmark.SIMPLE);
    private final WhereExpression compound = WhereExpression.parse(WhereFilterBenchmark.COMPOUND);
    private Struct after;

    @Setup
    public void row() {
        after = ((Struct) new SourceRecords().insert("orders",
                SourceRecords.row(1, 7, "paid", "customer 1", "2024-05-01T10:00:00")).value()).getStruct("after");
        Expect.that(simple.evaluate(StructRow.of(after)) == Boolean.FALSE, "a<5 is false for a=7");
        Expect.that(compound.evaluate(StructRow.of(after)) == Boolean.TRUE, "the compound condition is true");
    }

    /** Includes wrapping the struct, as WhereFilter does for every row. */
    @Benchmark
    public Boolean simpleEvaluate() {
        return simple.evaluate(StructRow.of(after));
    }

    @Benchmark
    public Boolean compoundEvaluate() {
        return compound.evaluate(StructRow.of(after));
    }
}
