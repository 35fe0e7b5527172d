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
}
