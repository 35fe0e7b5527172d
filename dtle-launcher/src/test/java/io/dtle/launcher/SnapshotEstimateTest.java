package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SnapshotEstimateTest {

    @Test
    void includeListsMatchWholeNamesIgnoringCase() {
        Pattern tables = SnapshotEstimate.pattern("demo.demo_tbl, shop\\.order.*", ".*");
        assertThat(tables.matcher("DEMO.demo_tbl").matches()).isTrue();
        assertThat(tables.matcher("shop.orders").matches()).isTrue();
        assertThat(tables.matcher("demo.demo_tbl_old").matches()).isFalse();
        assertThat(SnapshotEstimate.pattern("", "mysql|sys").matcher("sys").matches()).isTrue();
        assertThat(SnapshotEstimate.pattern(null, ".*").matcher("anything").matches()).isTrue();
    }

    @Test
    void anUnreachableSourceGivesNoEstimate() {
        assertThat(SnapshotEstimate.rows(Map.of("database.hostname", "127.0.0.1", "database.port", "1",
                "database.user", "root"))).isEqualTo(-1);
    }
}
