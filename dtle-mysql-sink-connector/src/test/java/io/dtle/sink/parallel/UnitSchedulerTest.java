package io.dtle.sink.parallel;

import static io.dtle.sink.parallel.ShapeOnlyUnit.writing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared scheduling state, driven from one thread: no database, no workers. */
class UnitSchedulerTest {
    private static final long STALL = TimeUnit.MILLISECONDS.toNanos(50);
    private final ApplyCounters counters = new ApplyCounters();
    private final UnitScheduler scheduler = new UnitScheduler(8, counters);

    @Test
    void aUnitMayCommitOnceEveryEarlierUnitCommitted() throws Exception {
        scheduler.submit(writing("a"));
        scheduler.submit(writing("b"));
        Sequenced first = scheduler.take();
        Sequenced second = scheduler.take();
        assertThat(scheduler.awaitCommitTurn(first.seq(), STALL)).isEqualTo(UnitScheduler.Turn.NOW);

        long start = System.nanoTime();
        assertThat(scheduler.awaitCommitTurn(second.seq(), STALL)).isEqualTo(UnitScheduler.Turn.STALLED);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(STALL);
        assertThat(counters.commitOrderWaits()).isEqualTo(1);

        scheduler.committed(first);
        assertThat(scheduler.awaitCommitTurn(second.seq(), STALL)).isEqualTo(UnitScheduler.Turn.NOW);
    }

    @Test
    void afterAFailureLaterUnitsAreAbandonedAndDrainThrowsOnceEarlierOnesAreDone() throws Exception {
        for (String key : new String[] {"a", "b", "c"}) {
            scheduler.submit(writing(key));
        }
        Sequenced first = scheduler.take();
        Sequenced second = scheduler.take();
        Sequenced third = scheduler.take();
        scheduler.failed(second, "error 1048", new SQLException("Column 'v' cannot be null", "23000", 1048));

        assertThat(scheduler.awaitCommitTurn(third.seq(), STALL)).isEqualTo(UnitScheduler.Turn.ABANDONED);
        assertThat(scheduler.abandoned(first.seq())).isFalse();
        assertThat(catchThrowable(() -> scheduler.submit(writing("d")))).isInstanceOf(ApplyException.class)
                .hasMessageContaining("applying source transaction u failed: error 1048");

        scheduler.committed(first);
        scheduler.finished();
        scheduler.finished();
        scheduler.finished();
        assertThat(catchThrowable(scheduler::drain)).isInstanceOf(ApplyException.class);
        assertThat(scheduler.watermark()).contains(first.unit());
    }

    @Test
    void aFailingCallbackStopsTheApplierAfterThatUnit() throws Exception {
        StatementUnit badCallback = new StatementUnit("bad:1", Set.of("a"), connection -> { }, unit -> {
            throw new IllegalStateException("offset store is gone");
        });
        scheduler.submit(badCallback);
        scheduler.submit(writing("b"));
        Sequenced first = scheduler.take();
        Sequenced second = scheduler.take();
        scheduler.committed(first);

        assertThat(scheduler.abandoned(second.seq())).isTrue();
        scheduler.finished();
        scheduler.finished();
        assertThat(catchThrowable(scheduler::drain)).isInstanceOf(ApplyException.class)
                .hasMessageContaining("bad:1").hasMessageContaining("offset store is gone");
    }

    @Test
    void aWorkerTakesTheReadyJoinableUnitsRightAfterTheFirstWithinTheJoinLimits() throws Exception {
        ParallelOptions.JoinLimits limits = new ParallelOptions.JoinLimits(3, 1000);
        scheduler.submit(joinable("a", 1));
        scheduler.submit(joinable("b", 1));
        scheduler.submit(writing("a")); // waits for the first: not ready, so it ends the run
        scheduler.submit(joinable("c", 1));
        assertThat(scheduler.takeRun(limits)).extracting(Sequenced::seq).containsExactly(1L, 2L);

        UnitScheduler fresh = new UnitScheduler(8, counters);
        for (String key : new String[] {"d", "e", "f", "g"}) {
            fresh.submit(joinable(key, 1));
        }
        assertThat(fresh.takeRun(limits)).extracting(Sequenced::seq).containsExactly(1L, 2L, 3L); // 3 transactions
        assertThat(fresh.takeRun(ParallelOptions.JoinLimits.NONE)).extracting(Sequenced::seq).containsExactly(4L);

        UnitScheduler rows = new UnitScheduler(8, counters);
        rows.submit(joinable("h", 600));
        rows.submit(joinable("i", 600));
        assertThat(rows.takeRun(limits)).hasSize(1);
    }

    private static ApplyUnit joinable(String key, int rows) {
        ShapeOnlyUnit shape = writing(key);
        return new ApplyUnit() {
            @Override
            public String gtid() {
                return key;
            }

            @Override
            public java.util.OptionalLong lastCommitted() {
                return shape.lastCommitted();
            }

            @Override
            public java.util.OptionalLong sequenceNumber() {
                return shape.sequenceNumber();
            }

            @Override
            public Set<?> writeSet() {
                return shape.writeSet();
            }

            @Override
            public boolean exclusive() {
                return false;
            }

            @Override
            public boolean joinable() {
                return true;
            }

            @Override
            public int rows() {
                return rows;
            }

            @Override
            public void apply(java.sql.Connection connection, int worker) {
            }

            @Override
            public void committed() {
            }
        };
    }
}
