package io.dtle.translator.mapping;

import io.dtle.source.ProducerTuning;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.job.Tunable;
import java.util.Map;
import java.util.Optional;

/**
 * dtle's sender batching (GroupMaxSize bytes, GroupTimeout ms; KafkaConfig.MessageGroupMaxSize and
 * MessageGroupTimeout for Kafka jobs) as the source's producer batch.size and linger.ms. Without a size above dtle's
 * default of 1 ("send at once"), the source gets {@link ProducerTuning}'s batching, which it is benchmarked with:
 * Connect's own producer defaults make it several times slower.
 */
final class ProducerBatching {
    private ProducerBatching() {
    }

    static void put(JobSpec job, Map<String, String> config, Notes notes) {
        boolean kafka = job.kafkaTarget().isPresent();
        Tunable sizeField = kafka && job.tunable(Tunable.MessageGroupMaxSize).isPresent()
                ? Tunable.MessageGroupMaxSize : Tunable.GroupMaxSize;
        Tunable timeoutField = kafka && job.tunable(Tunable.MessageGroupTimeout).isPresent()
                ? Tunable.MessageGroupTimeout : Tunable.GroupTimeout;
        Optional<Long> size = job.tunable(sizeField).map(v -> (Long) v);
        Optional<Long> timeout = job.tunable(timeoutField).map(v -> (Long) v);
        if (size.isPresent() && size.get() > 1) {
            config.put("producer.override.batch.size", size.get().toString());
            timeout.ifPresent(ms -> config.put("producer.override.linger.ms", ms.toString()));
            return;
        }
        config.putAll(ProducerTuning.connectorOverrides());
        size.ifPresent(s -> notes.add("$.." + sizeField.name(), "a size of 1 (send at once) gives way to the "
                + "connector's producer batching, batch.size 1 MiB and linger.ms 20, which costs at most 20 ms"));
        timeout.ifPresent(t -> notes.add("$.." + timeoutField.name(), "applies only with a " + sizeField.name()
                + " above 1"));
    }
}
