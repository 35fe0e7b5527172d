package io.dtle.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicNamesTest {

    @Test
    void namesFollowDebeziumsDefaultTopicNaming() {
        assertThat(TopicNames.tableTopic("dbz", "shop", "orders")).isEqualTo("dbz.shop.orders");
        assertThat(TopicNames.schemaChangeTopic("dbz")).isEqualTo("dbz");
        assertThat(TopicNames.transactionTopic("dbz")).isEqualTo("dbz.transaction");
        assertThat(TopicNames.keySchemaName("dbz", "shop", "orders")).isEqualTo("dbz.shop.orders.Key");
        assertThat(TopicNames.envelopeSchemaName("dbz", "shop", "orders")).isEqualTo("dbz.shop.orders.Envelope");
    }

    @Test
    void emptyPartsAreRejected() {
        assertThatThrownBy(() -> TopicNames.tableTopic("dbz", "", "t")).hasMessageContaining("database");
        assertThatThrownBy(() -> TopicNames.transactionTopic(null)).hasMessageContaining("prefix");
    }
}
