package io.dtle.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereConditionsTest {
    private static final TableFilter EVERYTHING = new TableFilter(List.of(), List.of(), List.of(), List.of());

    @Test
    void keysSplitAtTheFirstDotSoTableNamesMayHoldDots() {
        WhereConditions where = WhereConditions.from(Map.of("shop.orders", "id > 5", "shop.v1.2", "a IS NULL"));
        assertThat(where.condition("shop", "orders")).contains("id > 5");
        assertThat(where.condition("shop", "v1.2")).contains("a IS NULL");
        assertThat(where.condition("shop", "items")).isEmpty();
        assertThat(where.asMap()).hasSize(2);
        assertThat(where.problems(EVERYTHING)).isEmpty();
    }

    @Test
    void malformedKeysAndEmptyConditionsAreReportedByKey() {
        WhereConditions where = WhereConditions.from(Map.of("shop.", "id > 5", ".orders", "id > 5", "x.y", ""));
        assertThat(where.problems(EVERYTHING)).extracting(problem -> problem.keys().get(0))
                .containsExactly("where..orders", "where.shop.", "where.x.y");
    }

    @Test
    void conditionsThatDoNotParseOrUseRefusedFunctionsAreReportedOnTheirKey() {
        WhereConditions where = WhereConditions.from(Map.of("shop.orders", "id >", "shop.items", "created < NOW()",
                "shop.ok", "a < 5 AND status IN ('x', 'y')"));

        assertThat(where.problems(EVERYTHING)).extracting(problem -> problem.keys().get(0))
                .containsExactly("where.shop.items", "where.shop.orders");
        assertThat(where.problems(EVERYTHING).get(0).message()).contains("NOW");
        assertThat(where.expressions()).containsOnlyKeys("shop.ok");
        assertThat(where.expressions().get("shop.ok").columns()).containsExactlyInAnyOrder("a", "status");
    }
}
