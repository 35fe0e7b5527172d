package io.dtle.translator.mapping;

import java.util.Optional;

/**
 * What the translator knows of the Connect cluster: the bootstrap servers of its Kafka, when given. Without
 * them, a Kafka destination always gets producer overrides (harmless when they name the same cluster).
 */
public record TranslateOptions(String connectKafkaBootstrap) {

    public static TranslateOptions offline() {
        return new TranslateOptions(null);
    }

    public Optional<String> kafkaBootstrap() {
        return Optional.ofNullable(connectKafkaBootstrap).filter(s -> !s.isBlank());
    }
}
