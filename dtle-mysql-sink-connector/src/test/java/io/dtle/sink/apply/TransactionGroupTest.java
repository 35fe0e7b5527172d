package io.dtle.sink.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.gtid.Gtid;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class TransactionGroupTest {
    private static final UUID SOURCE = UUID.fromString("3e11fa47-71ca-11e1-9e33-c80aa9429562");
    private static final Schema ROW = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).build();
    private static final ApplyContext CONTEXT = new ApplyContext(null, null, null, null, null, new ApplyMetrics(), false,
            true);

    @Test
    void consecutiveChangesOfOneKindToOneTableBecomeOneStatementAcrossTransactions() {
        TransactionGroup group = new TransactionGroup(new TransactionGroup.Limits(200, 5000, 1000));
        group.add(rows(1, OptionalLong.empty(), OptionalLong.empty(), insert("t", 1)));
        group.add(rows(2, OptionalLong.empty(), OptionalLong.empty(), insert("t", 2), insert("u", 3)));
        group.add(rows(3, OptionalLong.empty(), OptionalLong.empty(), insert("u", 4)));
        assertThat(group.full()).isFalse();

        TransactionUnit unit = group.takeUnit(CONTEXT, () -> { });
        assertThat(unit.steps()).hasSize(2);
        assertThat(unit.steps()).extracting(Step::rows).containsExactly(2, 2);
        assertThat(new HashSet<Object>(unit.writeSet())).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(unit.gtid()).contains(SOURCE + ":1").contains(SOURCE + ":3").contains("3 grouped");
        assertThat(group.isEmpty()).isTrue();
    }

    @Test
    void aGroupStopsAtItsLimitsOfTransactionsAndRows() {
        TransactionGroup byCount = new TransactionGroup(new TransactionGroup.Limits(2, 5000, 1000));
        byCount.add(rows(1, OptionalLong.empty(), OptionalLong.empty(), insert("t", 1)));
        byCount.add(rows(2, OptionalLong.empty(), OptionalLong.empty(), insert("t", 2)));
        assertThat(byCount.full()).isTrue();
        assertThat(byCount.accepts(rows(3, OptionalLong.empty(), OptionalLong.empty(), insert("t", 3)))).isFalse();

        TransactionGroup byRows = new TransactionGroup(new TransactionGroup.Limits(200, 3, 1000));
        byRows.add(rows(1, OptionalLong.empty(), OptionalLong.empty(), insert("t", 1), insert("t", 2)));
        assertThat(byRows.accepts(rows(2, OptionalLong.empty(), OptionalLong.empty(), insert("t", 3),
                insert("t", 4)))).isFalse();
        assertThat(byRows.accepts(rows(2, OptionalLong.empty(), OptionalLong.empty(), insert("t", 3)))).isTrue();
    }

    @Test
    void aTransactionWithDdlIsAlwaysAlone() {
        TransactionGroup group = new TransactionGroup(new TransactionGroup.Limits(200, 5000, 1000));
        group.add(rows(1, OptionalLong.empty(), OptionalLong.empty(), insert("t", 1)));
        EndedTransaction ddl = transaction(2, OptionalLong.empty(), OptionalLong.empty(), List.of(new FakeDdl()));
        assertThat(group.accepts(ddl)).isFalse();
        assertThatThrownBy(() -> group.add(ddl)).isInstanceOf(IllegalStateException.class);

        group.takeUnit(CONTEXT, () -> { });
        group.add(ddl);
        assertThat(group.full()).isTrue();
        assertThat(group.takeUnit(CONTEXT, () -> { }).exclusive()).isTrue();
    }

    @Test
    void theLogicalClockOfAGroupMakesLaterTransactionsWaitForAllOfIt() {
        TransactionGroup group = new TransactionGroup(new TransactionGroup.Limits(200, 5000, 1000));
        group.add(rows(1, OptionalLong.of(5), OptionalLong.of(10), insert("t", 1)));
        group.add(rows(2, OptionalLong.of(8), OptionalLong.of(11), insert("t", 2)));
        group.add(rows(3, OptionalLong.of(10), OptionalLong.of(12), insert("t", 3)));
        // A new binlog file restarts the clock: not in the same group.
        assertThat(group.accepts(rows(4, OptionalLong.of(0), OptionalLong.of(1), insert("t", 4)))).isFalse();
        // With and without a clock do not mix either.
        assertThat(group.accepts(rows(4, OptionalLong.empty(), OptionalLong.empty(), insert("t", 4)))).isFalse();

        TransactionUnit unit = group.takeUnit(CONTEXT, () -> { });
        // The third depends on the first member (10), so on everything before the group (9); numbered as the first.
        assertThat(unit.lastCommitted()).hasValue(9);
        assertThat(unit.sequenceNumber()).hasValue(10);

        group.add(rows(5, OptionalLong.of(5), OptionalLong.of(20), insert("t", 5)));
        group.add(rows(6, OptionalLong.of(8), OptionalLong.of(21), insert("t", 6)));
        TransactionUnit independent = group.takeUnit(CONTEXT, () -> { });
        // The latest dependency of any member: 8; a later transaction with last_committed 20 waits for the group.
        assertThat(independent.lastCommitted()).hasValue(8);
        assertThat(independent.sequenceNumber()).hasValue(20);
    }

    private static EndedTransaction rows(long number, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                                         RowBatch... batches) {
        return transaction(number, lastCommitted, sequenceNumber, List.of(batches));
    }

    private static EndedTransaction transaction(long number, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                                                List<Step> steps) {
        Gtid gtid = Gtid.of(SOURCE, number);
        Set<Object> writeSet = new HashSet<>(); // the ids stand for the real (table, key) entries
        for (Step step : steps) {
            if (step instanceof RowBatch batch) {
                batch.afters().forEach(row -> writeSet.add(row.getInt32("id")));
            }
        }
        int rows = steps.stream().mapToInt(Step::rows).sum();
        return new EndedTransaction(gtid, gtid.toString(), lastCommitted, sequenceNumber, steps, writeSet, false,
                rows, 0);
    }

    private static RowBatch insert(String table, int id) {
        RowBatch batch = new RowBatch(RowBatch.Kind.INSERT, "db", table, ROW, null, new ApplyMetrics());
        batch.add(null, new Struct(ROW).put("id", id));
        return batch;
    }

    private static final class FakeDdl implements Step {
        @Override
        public void apply(Connection connection) {
        }

        @Override
        public int rows() {
            return 0;
        }
    }
}
