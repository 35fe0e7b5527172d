package io.dtle.source.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkKeyTest {

    @Test
    void roundTripsValuesWithSeparatorsAndNulls() {
        List<String> key = Arrays.asList("10", null, "a:b~c", "", "12:3");
        assertThat(ChunkKey.decode(ChunkKey.encode(key))).isEqualTo(key);
        assertThat(ChunkKey.encode(List.of("10", "abc"))).isEqualTo("2:103:abc");
    }
}
