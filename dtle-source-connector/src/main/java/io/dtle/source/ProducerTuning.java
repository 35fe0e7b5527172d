package io.dtle.source;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The producer settings the source connector is documented and benchmarked with: 1 MiB batches that wait up to
 * 20 ms to fill. Connect's producer defaults (16 KiB batches) cap a source at a fraction of that rate, and a
 * connector cannot set its own producer's config, so the translator, the launcher and the example configs put
 * these in as {@code producer.override.*} (a worker may set them for all its connectors as {@code producer.*}).
 */
public final class ProducerTuning {
    /** Producer setting to value, without a prefix. */
    public static final Map<String, String> SETTINGS = Map.of("batch.size", "1048576", "linger.ms", "20");

    private ProducerTuning() {
    }

    /** The settings as connector-level overrides ({@code producer.override.batch.size}, ...). */
    public static Map<String, String> connectorOverrides() {
        return prefixed("producer.override.");
    }

    /** The settings as worker-level producer defaults ({@code producer.batch.size}, ...). */
    public static Map<String, String> workerDefaults() {
        return prefixed("producer.");
    }

    private static Map<String, String> prefixed(String prefix) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> prefixed.put(prefix + e.getKey(), e.getValue()));
        return prefixed;
    }
}
