package io.dtle.common.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableConditionsTest {
    @Test
    void conditionsAreFoundByTableIgnoringCaseAndTheTableNameMayHaveDots() {
        TableConditions conditions = TableConditions.parse(Map.of("shop.orders", " a < 5 ", "shop.t.v1", "b = 1"));
        assertThat(conditions.condition("SHOP", "Orders").text()).isEqualTo("a < 5");
        assertThat(conditions.condition("shop", "t.v1").text()).isEqualTo("b = 1");
        assertThat(conditions.condition("shop", "other")).isNull();
        assertThat(conditions.isEmpty()).isFalse();
        assertThat(TableConditions.parse(Map.of()).isEmpty()).isTrue();
    }

    @Test
    void aKeyWithoutDatabaseAndTableIsNamed() {
        for (String name : new String[] {"orders", ".orders", "shop."}) {
            assertThatThrownBy(() -> TableConditions.parse(Map.of(name, "a < 5")))
                    .isInstanceOfSatisfying(TableConditionException.class,
                            e -> assertThat(e.key()).isEqualTo("where." + name))
                    .hasMessageContaining("where.<db>.<table>");
        }
        assertThat(TableConditions.keyProblem("shop.orders")).isNull();
    }

    @Test
    void anUnusableConditionNamesItsKeyAndWhy() {
        assertThatThrownBy(() -> TableConditions.parse(Map.of("shop.orders", "a <")))
                .isInstanceOfSatisfying(TableConditionException.class,
                        e -> assertThat(e.key()).isEqualTo("where.shop.orders"))
                .hasMessageStartingWith("where.shop.orders: ").hasMessageContaining("not valid MySQL syntax");
        assertThatThrownBy(() -> TableConditions.parse(Map.of("shop.orders", "created < NOW()")))
                .hasMessageStartingWith("where.shop.orders: ");
        assertThatThrownBy(() -> TableConditions.parse(Map.of("shop.orders", " ")))
                .hasMessageStartingWith("where.shop.orders: ").hasMessageContaining("empty");
    }
}
