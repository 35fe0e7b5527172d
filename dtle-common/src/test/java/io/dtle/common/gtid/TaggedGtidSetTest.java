package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue #3: MySQL 8.3+/8.4 tagged GTIDs ({@code uuid:tag:n-m}) mixed with untagged ones of the same UUID. */
class TaggedGtidSetTest {
    private static final String U = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final UUID UUID1 = UUID.fromString(U);
    private static final String V = "4f22fa47-71ca-11e1-9e33-c80aa9429562";

    @Test
    void parsesAndFormatsTheManualsExample() {
        GtidSet set = GtidSet.parse("3E11FA47-71CA-11E1-9E33-C80AA9429562:mytag:1-5");

        assertThat(set).hasToString(U + ":mytag:1-5");
        assertThat(set.tags(UUID1)).containsExactly("mytag");
        assertThat(set.intervals(UUID1)).isEmpty();
        assertThat(set.intervals(UUID1, "MYTAG")).containsExactly(new GtidInterval(1, 5));
        assertThat(GtidSet.parse(set.toString())).isEqualTo(set);
    }

    @Test
    void untaggedRangesComeFirstThenTagsInOrderAndTheTextRoundTrips() {
        // A tag holds for every range after it in its element: untagged ranges after a tag need an element of their own.
        String text = V + ":7," + U + ":zeta:2," + U + ":1-3:alpha:4-6," + U + ":5-9," + U + ":ALPHA:1";
        GtidSet set = GtidSet.parse(text);

        assertThat(set).hasToString(U + ":1-3:5-9:alpha:1:4-6:zeta:2,\n" + V + ":7");
        assertThat(GtidSet.parse(U + ":zeta:2:1-3")).hasToString(U + ":zeta:1-3");
        assertThat(GtidSet.parse(set.toString())).isEqualTo(set);
        assertThat(GtidSet.parse(set.toCompactString())).isEqualTo(set);
        assertThat(GtidSet.parse(UUID1, set.intervalText(UUID1))).isEqualTo(set.subtract(GtidSet.parse(V + ":7")));
    }

    @Test
    void containsTellsTaggedAndUntaggedNumbersApart() {
        GtidSet set = GtidSet.parse(U + ":1-5:mytag:7");

        assertThat(set.contains(Gtid.parse(U + ":3"))).isTrue();
        assertThat(set.contains(Gtid.parse(U + ":mytag:3"))).isFalse();
        assertThat(set.contains(Gtid.parse(U + ":MyTag:7"))).isTrue();
        assertThat(set.contains(Gtid.parse(U + ":7"))).isFalse();
        assertThat(set.contains(Gtid.parse(U + ":other:7"))).isFalse();
    }

    @Test
    void unionMergesRangesPerTag() {
        GtidSet union = GtidSet.parse(U + ":1-3:mytag:1-2").union(GtidSet.parse(U + ":4:mytag:3-5:b:1"))
                .union(GtidSet.of(Gtid.parse(U + ":mytag:6")));

        assertThat(union).hasToString(U + ":1-4:b:1:mytag:1-6");
        assertThat(GtidSet.parse(U + ":mytag:1").with(Gtid.parse(U + ":1"))).hasToString(U + ":1:mytag:1");
    }

    @Test
    void subsetAndSubtractKeepTagsApart() {
        GtidSet all = GtidSet.parse(U + ":1-10:mytag:1-10");

        assertThat(GtidSet.parse(U + ":mytag:2-3").isSubsetOf(all)).isTrue();
        assertThat(GtidSet.parse(U + ":other:2").isSubsetOf(all)).isFalse();
        assertThat(GtidSet.parse(U + ":1-10").isSubsetOf(GtidSet.parse(U + ":mytag:1-10"))).isFalse();
        assertThat(all.subtract(GtidSet.parse(U + ":mytag:1-10"))).hasToString(U + ":1-10");
        assertThat(all.subtract(GtidSet.parse(U + ":5:mytag:1-9"))).hasToString(U + ":1-4:6-10:mytag:10");
    }
}
