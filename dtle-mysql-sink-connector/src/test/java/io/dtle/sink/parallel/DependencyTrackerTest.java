package io.dtle.sink.parallel;

import static io.dtle.sink.parallel.ShapeOnlyUnit.clocked;
import static io.dtle.sink.parallel.ShapeOnlyUnit.exclusiveUnit;
import static io.dtle.sink.parallel.ShapeOnlyUnit.writing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTrackerTest {
    private final DependencyTracker tracker = new DependencyTracker();
    private long nextSeq = 1;

    private boolean add(ApplyUnit unit) {
        return tracker.add(new Sequenced(nextSeq++, unit));
    }

    private List<Long> commit(long seq) {
        return tracker.committed(seq).stream().map(Sequenced::seq).toList();
    }

    @Test
    void unitsWithDisjointWriteSetsStartTogether() {
        assertThat(add(writing("t:1"))).isTrue();
        assertThat(add(writing("t:2"))).isTrue();
        assertThat(add(writing())).isTrue();
        assertThat(tracker.blocked()).isZero();
    }

    @Test
    void aSharedKeyWaitsForTheEarlierWriterToCommit() {
        assertThat(add(writing("t:1", "t:2"))).isTrue();
        assertThat(add(writing("t:2"))).isFalse();
        assertThat(tracker.blocked()).isEqualTo(1);
        assertThat(commit(1)).containsExactly(2L);
        assertThat(tracker.blocked()).isZero();
    }

    @Test
    void writersOfOneKeyFormAChainInSubmissionOrder() {
        add(writing("hot"));
        assertThat(add(writing("hot"))).isFalse();
        assertThat(add(writing("hot"))).isFalse();
        assertThat(commit(1)).containsExactly(2L);
        assertThat(commit(2)).containsExactly(3L);
        assertThat(commit(3)).isEmpty();
        assertThat(add(writing("hot"))).as("the key is free once its writers committed").isTrue();
    }

    @Test
    void aUnitSharingKeysWithSeveralEarlierUnitsWaitsForAllOfThem() {
        add(writing("a"));
        add(writing("b"));
        assertThat(add(writing("a", "b"))).isFalse();
        assertThat(commit(2)).isEmpty();
        assertThat(commit(1)).containsExactly(3L);
    }

    @Test
    void aUnitLinkedTwiceToOnePredecessorIsReleasedOnce() {
        add(writing("a", "b"));
        assertThat(add(writing("a", "b"))).isFalse();
        assertThat(commit(1)).containsExactly(2L);
    }

    @Test
    void relaxedOrderCommitsReleaseIndependentWaiters() {
        add(writing("a"));
        add(writing("b"));
        add(writing("a"));
        add(writing("b"));
        assertThat(commit(2)).containsExactly(4L);
        assertThat(commit(4)).isEmpty();
        assertThat(commit(1)).containsExactly(3L);
    }

    @Test
    void anExclusiveUnitWaitsForAllEarlierAndHoldsBackAllLater() {
        add(writing("a"));
        add(writing("b"));
        assertThat(add(exclusiveUnit())).isFalse();
        assertThat(add(writing("c"))).as("nothing later starts before the exclusive unit").isFalse();
        assertThat(commit(1)).isEmpty();
        assertThat(commit(2)).containsExactly(3L);
        assertThat(commit(3)).containsExactly(4L);
    }

    @Test
    void anExclusiveUnitWithNothingBeforeItStartsAtOnce() {
        assertThat(add(exclusiveUnit())).isTrue();
        assertThat(add(exclusiveUnit())).isFalse();
        assertThat(commit(1)).containsExactly(2L);
    }

    @Test
    void logicalClockLetsAUnitStartOnlyAfterUnitsUpToItsLastCommitted() {
        assertThat(add(clocked(0, 1, "a"))).isTrue();
        assertThat(add(clocked(0, 2, "b"))).as("prepared together with 1").isTrue();
        assertThat(add(clocked(2, 3, "c"))).as("prepared after 1 and 2 committed").isFalse();
        assertThat(add(clocked(2, 4, "d"))).isFalse();
        assertThat(commit(1)).isEmpty();
        assertThat(commit(2)).containsExactly(3L, 4L);
    }

    @Test
    void writeSetsAreCheckedEvenWhenTheClockAllowsParallelism() {
        add(clocked(0, 1, "a"));
        assertThat(add(clocked(0, 2, "a"))).isFalse();
        assertThat(commit(1)).containsExactly(2L);
    }

    @Test
    void unitsWithoutClockAreIgnoredByTheClockRule() {
        add(writing("x"));
        assertThat(add(clocked(5, 6, "a"))).as("no earlier clocked unit").isTrue();
        assertThat(add(writing("y"))).isTrue();
    }

    @Test
    void aSequenceNumberThatDoesNotGrowStartsANewBinlogFileEpoch() {
        add(clocked(0, 7, "a"));
        add(clocked(0, 8, "b"));
        assertThat(add(clocked(0, 1, "c"))).as("new binlog file: waits for the old file's units").isFalse();
        assertThat(add(clocked(0, 2, "d"))).isFalse();
        assertThat(commit(2)).isEmpty();
        assertThat(commit(1)).containsExactly(3L, 4L);
    }

    @Test
    void committingAUnitThatWasNotStartedIsRejected() {
        add(writing("a"));
        add(writing("a"));
        assertThatThrownBy(() -> tracker.committed(2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tracker.committed(9)).isInstanceOf(IllegalStateException.class);
    }
}
