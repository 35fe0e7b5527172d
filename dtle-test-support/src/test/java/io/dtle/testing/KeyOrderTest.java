package io.dtle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
    @Test
    void numbersInsideKeysSortAsNumbers() {
        List<String> keys = new ArrayList<>(List.of("id=10", "id=9", "id=100", "id=09x", "a=1, b=2", "a=1, b=10"));
        keys.sort(KeyOrder.INSTANCE);
        assertThat(keys).containsExactly("a=1, b=2", "a=1, b=10", "id=9", "id=09x", "id=10", "id=100");
    }
}
