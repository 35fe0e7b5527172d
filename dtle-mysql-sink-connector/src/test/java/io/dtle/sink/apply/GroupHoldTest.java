package io.dtle.sink.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupHoldTest {
    private static final long MS = 1_000_000;

    @Test
    void aGroupWaitsForTheNextFullDeliveryButNotPastTheMaxDelay() {
        GroupHold hold = new GroupHold(100);
        assertThat(hold.holdAfter(500, 0)).isTrue();
        assertThat(hold.remainingMillis(30 * MS)).isEqualTo(70);
        assertThat(hold.holdAfter(500, 60 * MS)).isTrue();
        assertThat(hold.holdAfter(500, 100 * MS)).as("due").isFalse();
    }

    @Test
    void aSmallOrEmptyDeliveryMeansTheSinkKeepsUp() {
        GroupHold hold = new GroupHold(100);
        assertThat(hold.holdAfter(500, 0)).isTrue();
        assertThat(hold.holdAfter(0, MS)).as("empty poll").isFalse();
        hold.released();
        assertThat(hold.holdAfter(3, 2 * MS)).as("far smaller than the biggest delivery").isFalse();
        assertThat(hold.remainingMillis(2 * MS)).isZero();
    }

    @Test
    void aReleasedGroupStartsANewWait() {
        GroupHold hold = new GroupHold(100);
        assertThat(hold.holdAfter(500, 0)).isTrue();
        hold.released();
        assertThat(hold.holdAfter(500, 150 * MS)).isTrue();
        assertThat(hold.remainingMillis(150 * MS)).isEqualTo(100);
    }

    @Test
    void zeroDelayNeverHolds() {
        assertThat(new GroupHold(0).holdAfter(500, 0)).isFalse();
    }
}
