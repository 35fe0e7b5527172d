package io.dtle.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicRoutingTest {

    @Test
    void configValuesRoundTrip() {
        for (TopicRouting routing : TopicRouting.values()) {
            assertThat(TopicRouting.forConfigValue(routing.configValue())).isEqualTo(routing);
        }
        assertThat(TopicRouting.forConfigValue(" Ordered ")).isEqualTo(TopicRouting.ORDERED);
        assertThat(TopicRouting.TABLE.configValue()).isEqualTo("table");
    }

    @Test
    void unknownValueNamesTheChoices() {
        assertThatThrownBy(() -> TopicRouting.forConfigValue("topic")).hasMessageContaining("table or ordered");
    }
}
