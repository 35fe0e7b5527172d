package io.dtle.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperationTest {

    @Test
    void codesAreDebeziums() {
        assertThat(Operation.READ.code()).isEqualTo("r");
        assertThat(Operation.CREATE.code()).isEqualTo("c");
        assertThat(Operation.UPDATE.code()).isEqualTo("u");
        assertThat(Operation.DELETE.code()).isEqualTo("d");
        for (Operation op : Operation.values()) {
            assertThat(Operation.forCode(op.code())).isEqualTo(op);
        }
        assertThatThrownBy(() -> Operation.forCode("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
