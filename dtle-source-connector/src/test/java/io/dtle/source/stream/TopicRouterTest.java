package io.dtle.source.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.source.TopicRouting;
import org.junit.jupiter.api.Test;

class TopicRouterTest {

    @Test
    void tableRoutingUsesDebeziumsTopics() {
        TopicRouter router = new TopicRouter("p", TopicRouting.TABLE);
        assertThat(router.rows("d", "t")).isEqualTo("p.d.t");
        assertThat(router.schemaChanges()).isEqualTo("p");
        assertThat(router.transactions()).isEqualTo("p.transaction");
        assertThat(router.heartbeats()).isEqualTo("__debezium-heartbeat.p");
    }

    @Test
    void orderedRoutingPutsEverythingInOneTopic() {
        TopicRouter router = new TopicRouter("p", TopicRouting.ORDERED);
        assertThat(router.rows("d", "t")).isEqualTo("p.ordered");
        assertThat(router.schemaChanges()).isEqualTo("p.ordered");
        assertThat(router.transactions()).isEqualTo("p.ordered");
    }
}
