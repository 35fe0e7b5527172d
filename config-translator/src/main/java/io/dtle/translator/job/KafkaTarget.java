package io.dtle.translator.job;

import java.util.List;

/** A Kafka destination (dtle's KafkaConfig, or the 2.x Dest task with Driver Kafka). Unset fields are null. */
public record KafkaTarget(List<String> brokers, String topic, Boolean topicWithSchemaTable, String schemaChangeTopic,
                          String converter) {

    public KafkaTarget {
        brokers = List.copyOf(brokers);
    }
}
