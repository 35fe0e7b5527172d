package io.dtle.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilterTest {
    private static TableFilter filter(String dbIncludes, String dbExcludes, String tableIncludes,
            String tableExcludes) {
        return new TableFilter(split(dbIncludes), split(dbExcludes), split(tableIncludes), split(tableExcludes));
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    @Test
    void withoutListsEveryNonSystemDatabaseAndTableIsCaptured() {
        TableFilter filter = filter("", "", "", "");
        assertThat(filter.includesTable("shop", "orders")).isTrue();
        for (String system : List.of("mysql", "sys", "information_schema", "PERFORMANCE_SCHEMA")) {
            assertThat(filter.includesDatabase(system)).as(system).isFalse();
        }
    }

    @Test
    void theBookkeepingDatabaseIsNeverCapturedEvenWhenIncluded() {
        assertThat(filter("", "", "", "").includesDatabase("dtle")).isFalse();
        assertThat(filter("dtle,shop", "", "", "").includesTable("DTLE", "gtid_executed_v2")).isFalse();
        assertThat(filter("dtle,shop", "", "", "").includesTable("shop", "orders")).isTrue();
    }

    @Test
    void patternsMatchWholeNamesIgnoringCase() {
        TableFilter filter = filter("shop_.*,hr", "", "", "");
        assertThat(filter.includesDatabase("shop_eu")).isTrue();
        assertThat(filter.includesDatabase("SHOP_us")).isTrue();
        assertThat(filter.includesDatabase("hr")).isTrue();
        assertThat(filter.includesDatabase("hrx")).isFalse();
        assertThat(filter.includesDatabase("my_shop_eu")).isFalse();
    }

    @Test
    void anExcludeWinsOverAnInclude() {
        TableFilter filter = filter("shop.*", "shop_test", "shop.*\\.orders.*", "shop_eu\\.orders_old");
        assertThat(filter.includesDatabase("shop_test")).isFalse();
        assertThat(filter.includesTable("shop_test", "orders")).isFalse();
        assertThat(filter.includesTable("shop_eu", "orders")).isTrue();
        assertThat(filter.includesTable("shop_eu", "orders_old")).isFalse();
        assertThat(filter.includesTable("shop_eu", "customers")).isFalse();
    }

    @Test
    void anIncludedSystemDatabaseIsCaptured() {
        assertThat(filter("mysql", "", "", "").includesDatabase("mysql")).isTrue();
    }

    @Test
    void literalNamesAreThoseWithoutPatternCharacters() {
        TableFilter filter = filter("shop,shop_.*,hr", "", "shop.orders,shop\\.items,shop\\.ord.*,a.b.c", "");
        assertThat(filter.literalDatabases()).containsExactly("shop", "hr");
        assertThat(filter.literalTables()).containsExactly(List.of("shop", "orders"), List.of("shop", "items"));
    }
}
