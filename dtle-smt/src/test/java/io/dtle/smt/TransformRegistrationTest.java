package io.dtle.smt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.Test;

/** Workers find plugins through META-INF/services only (plugin.discovery=service_load). */
class TransformRegistrationTest {
    @Test
    @SuppressWarnings("rawtypes")
    void bothTransformsAreListedForTheServiceLoader() {
        assertThat(ServiceLoader.load(Transformation.class).stream().map(p -> p.type().getName()))
                .contains(WhereFilter.class.getName(), LoopDetection.class.getName());
    }
}
