package io.dtle.sink.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogicalClockGateTest {
    private final LogicalClockGate<String> gate = new LogicalClockGate<>();

    @Test
    void aGroupCommittedTogetherOpensTogether() {
        var first = gate.admit(0, 1);
        var second = gate.admit(0, 2);
        var third = gate.admit(0, 3);
        assertThat(gate.isOpen(first)).isTrue();
        assertThat(gate.isOpen(second)).isTrue();
        assertThat(gate.isOpen(third)).isTrue();
    }

    @Test
    void waitersOpenOnlyWhenEveryUnitUpToTheirLastCommittedIsDone() {
        var one = gate.admit(0, 1);
        var two = gate.admit(1, 2);
        var three = gate.admit(1, 3);
        var four = gate.admit(3, 4);
        gate.await(two, "two");
        gate.await(three, "three");
        gate.await(four, "four");
        assertThat(gate.waiting()).isEqualTo(3);
        assertThat(gate.committed(one)).containsExactlyInAnyOrder("two", "three");
        assertThat(gate.committed(three)).as("two is still running").isEmpty();
        assertThat(gate.committed(two)).containsExactly("four");
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aLastCommittedNotBelowTheSequenceNumberMeansAfterEverythingBefore() {
        var one = gate.admit(0, 1);
        var broken = gate.admit(9, 2);
        assertThat(broken.lastCommitted()).isEqualTo(1);
        assertThat(gate.isOpen(broken)).isFalse();
        gate.await(broken, "broken");
        assertThat(gate.committed(one)).containsExactly("broken");
    }

    @Test
    void aNewEpochWaitsForEveryUnitOfTheEarlierOnes() {
        var old1 = gate.admit(10, 11);
        var old2 = gate.admit(10, 12);
        var fresh = gate.admit(0, 1);
        assertThat(fresh.epoch()).isEqualTo(old1.epoch() + 1);
        assertThat(gate.isOpen(fresh)).isFalse();
        gate.await(fresh, "fresh");
        assertThat(gate.committed(old2)).isEmpty();
        assertThat(gate.committed(old1)).containsExactly("fresh");
    }
}
