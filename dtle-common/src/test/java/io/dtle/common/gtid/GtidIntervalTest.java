package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GtidIntervalTest {
    @Test
    void printsLikeMySql() {
        assertThat(new GtidInterval(7, 7)).hasToString("7");
        assertThat(new GtidInterval(1, 5)).hasToString("1-5");
    }

    @Test
    void containsBothEnds() {
        GtidInterval interval = new GtidInterval(3, 5);

        assertThat(interval.contains(2)).isFalse();
        assertThat(interval.contains(3)).isTrue();
        assertThat(interval.contains(5)).isTrue();
        assertThat(interval.contains(6)).isFalse();
        assertThat(interval.count()).isEqualTo(3);
    }

    @Test
    void rejectsEmptyOrOutOfRangeIntervals() {
        assertThatThrownBy(() -> new GtidInterval(0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GTID interval 0-3: expected 1 <= start <= end <= 9223372036854775806");
        assertThatThrownBy(() -> new GtidInterval(5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GtidInterval(1, Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
