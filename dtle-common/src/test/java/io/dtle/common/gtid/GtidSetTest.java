package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Set operations and accessors of {@link GtidSet}; parsing and text are in {@link GtidSetParserTest}. */
class GtidSetTest {
    private static final String U1 = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final String U2 = "8a94f357-aab4-11df-86ab-c80aa9429562";
    private static final UUID UUID1 = UUID.fromString(U1);
    private static final UUID UUID2 = UUID.fromString(U2);

    private static GtidSet set(String text) {
        return GtidSet.parse(text.replace("U1", U1).replace("U2", U2));
    }

    @Test
    void containsTransactionsUpToEveryIntervalEdge() {
        GtidSet set = set("U1:1-5:10-20:30");

        assertThat(set.contains(Gtid.of(UUID1, 1))).isTrue();
        assertThat(set.contains(Gtid.of(UUID1, 5))).isTrue();
        assertThat(set.contains(Gtid.of(UUID1, 6))).isFalse();
        assertThat(set.contains(Gtid.of(UUID1, 9))).isFalse();
        assertThat(set.contains(Gtid.of(UUID1, 10))).isTrue();
        assertThat(set.contains(Gtid.of(UUID1, 20))).isTrue();
        assertThat(set.contains(Gtid.of(UUID1, 21))).isFalse();
        assertThat(set.contains(Gtid.of(UUID1, 30))).isTrue();
        assertThat(set.contains(Gtid.of(UUID1, 31))).isFalse();
        assertThat(set.contains(Gtid.of(UUID2, 1))).isFalse();
        assertThat(set.contains(Gtid.of(UUID1, "t", 1))).isFalse();
        assertThat(GtidSet.empty().contains(Gtid.of(UUID1, 1))).isFalse();
    }

    @Test
    void keepsTaggedTransactionsApart() {
        GtidSet set = set("U1:1-3:tag:5");

        assertThat(set.contains(Gtid.of(UUID1, "TAG", 5))).isTrue();
        assertThat(set.contains(Gtid.of(UUID1, 5))).isFalse();
        assertThat(set.contains(Gtid.of(UUID1, "tag", 1))).isFalse();
    }

    @Test
    void appendingTheNextTransactionExtendsTheLastInterval() {
        GtidSet set = set("U1:1-5:7-9");

        assertThat(set.with(Gtid.of(UUID1, 10))).isEqualTo(set("U1:1-5:7-10"));
        assertThat(set.with(Gtid.of(UUID1, 6))).isEqualTo(set("U1:1-9"));
        assertThat(set.with(Gtid.of(UUID1, 12))).isEqualTo(set("U1:1-5:7-9:12"));
        assertThat(set).isEqualTo(set("U1:1-5:7-9"));
    }

    @Test
    void addingATransactionAlreadyThereReturnsTheSameSet() {
        GtidSet set = set("U1:1-5");

        assertThat(set.with(Gtid.of(UUID1, 3))).isSameAs(set);
    }

    @Test
    void addingANewSourceKeepsMySqlOrder() {
        GtidSet set = GtidSet.of(Gtid.of(UUID2, 1))
                .with(Gtid.of(UUID1, 4))
                .with(Gtid.of(UUID1, "b", 1))
                .with(Gtid.of(UUID1, "a", 1));

        assertThat(set).hasToString(U1 + ":4:a:1:b:1,\n" + U2 + ":1");
    }

    @Test
    void aReaderAppendingMillionsOfTransactionsKeepsOneInterval() {
        GtidSet set = GtidSet.empty();
        for (long number = 1; number <= 1_000_000; number++) {
            set = set.with(Gtid.of(UUID1, number));
        }

        assertThat(set).hasToString(U1 + ":1-1000000");
    }

    @Test
    void unionMergesPerSource() {
        assertThat(set("U1:1-5").union(set("U1:6-8:10,U2:1"))).hasToString(U1 + ":1-8:10,\n" + U2 + ":1");
        assertThat(set("U1:3-9").union(set("U1:1-4"))).isEqualTo(set("U1:1-9"));
        assertThat(set("U2:1").union(set("U1:1"))).isEqualTo(set("U1:1").union(set("U2:1")));
    }

    @Test
    void unionWithTheEmptySetIsTheOtherSet() {
        GtidSet set = set("U1:1-5");

        assertThat(set.union(GtidSet.empty())).isSameAs(set);
        assertThat(GtidSet.empty().union(set)).isSameAs(set);
    }

    @Test
    void subtractLeavesHoles() {
        assertThat(set("U1:1-10").subtract(set("U1:3-4:7"))).hasToString(U1 + ":1-2:5-6:8-10");
        assertThat(set("U1:1-10:20-30").subtract(set("U1:5-25"))).hasToString(U1 + ":1-4:26-30");
        assertThat(set("U1:1-10,U2:1-3").subtract(set("U1:1-10"))).hasToString(U2 + ":1-3");
        assertThat(set("U1:1-5:t:1-5").subtract(set("U1:t:2"))).hasToString(U1 + ":1-5:t:1:3-5");
    }

    @Test
    void subtractingEverythingOrNothing() {
        GtidSet set = set("U1:1-10");

        assertThat(set.subtract(set("U1:1-20")).isEmpty()).isTrue();
        assertThat(set.subtract(set("U1:1-20")).uuids()).isEmpty();
        assertThat(set.subtract(set("U2:1-10"))).isEqualTo(set);
        assertThat(set.subtract(GtidSet.empty())).isSameAs(set);
        assertThat(GtidSet.empty().subtract(set)).isSameAs(GtidSet.empty());
    }

    @Test
    void subsetNeedsEveryTransaction() {
        GtidSet whole = set("U1:1-5:7-10,U2:1-3");

        assertThat(set("U1:1-5").isSubsetOf(whole)).isTrue();
        assertThat(set("U1:1:5:7:10,U2:3").isSubsetOf(whole)).isTrue();
        assertThat(whole.isSubsetOf(whole)).isTrue();
        assertThat(GtidSet.empty().isSubsetOf(whole)).isTrue();
        assertThat(set("U1:4-8").isSubsetOf(whole)).isFalse();
        assertThat(set("U1:6").isSubsetOf(whole)).isFalse();
        assertThat(set("U1:11").isSubsetOf(whole)).isFalse();
        assertThat(set("U2:1").isSubsetOf(whole)).isTrue();
        assertThat(set("U1:t:1").isSubsetOf(whole)).isFalse();
        assertThat(whole.isSubsetOf(GtidSet.empty())).isFalse();
    }

    @Test
    void listsUuidsTagsAndIntervals() {
        GtidSet set = set("U2:1,U1:1-5:7:b:1:a:2-3");

        assertThat(set.uuids()).containsExactly(UUID1, UUID2);
        assertThat(set.tags(UUID1)).containsExactly("", "a", "b");
        assertThat(set.tags(UUID.randomUUID())).isEmpty();
        assertThat(set.intervals(UUID1)).containsExactly(new GtidInterval(1, 5), new GtidInterval(7, 7));
        assertThat(set.intervals(UUID1, "A")).containsExactly(new GtidInterval(2, 3));
        assertThat(set.intervals(UUID2, "a")).isEmpty();
        assertThat(set("U1:t:1").intervals(UUID1)).isEmpty();
        assertThat(set("U1:t:1").tags(UUID1)).containsExactly("t");
    }

    @Test
    void intervalTextIsWhatFollowsTheUuid() {
        GtidSet set = set("U1:1-5:7:tag:1-3,U2:9");

        assertThat(set.intervalText(UUID1)).isEqualTo("1-5:7:tag:1-3");
        assertThat(set.intervalText(UUID2)).isEqualTo("9");
        assertThat(set("U1:tag:2").intervalText(UUID1)).isEqualTo("tag:2");
        assertThat(set.intervalText(UUID.fromString("00000000-0000-0000-0000-000000000001"))).isEmpty();
        assertThat(set.intervalText(UUID.fromString("5e11fa47-71ca-11e1-9e33-c80aa9429562"))).isEmpty();
        assertThat(set.intervalText(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"))).isEmpty();
    }

    @Test
    void intervalTextRoundTripsPerSource() {
        GtidSet set = set("U1:1-5:7:tag:1-3,U2:9");

        GtidSet rebuilt = GtidSet.empty();
        for (UUID uuid : set.uuids()) {
            rebuilt = rebuilt.union(GtidSet.parse(uuid, set.intervalText(uuid)));
        }

        assertThat(rebuilt).isEqualTo(set);
    }

    @Test
    void equalSetsAreEqualHowEverWritten() {
        GtidSet a = set("U1:1-3:4-5,U2:1");
        GtidSet b = set(" U2:1 ,\n U1:5:1-4");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(set("U1:1-5")).isNotEqualTo(null);
    }

    @Test
    void builderFoldsASinksPerTransactionRows() {
        GtidSet.Builder builder = GtidSet.builder();
        for (long number = 100; number >= 1; number--) {
            if (number != 50) {
                builder.addAll(GtidSet.parse(UUID1, Long.toString(number)));
            }
        }
        builder.add(Gtid.of(UUID2, 3)).add(Gtid.of(UUID2, 1)).add(Gtid.of(UUID2, 2)).add(Gtid.of(UUID2, 2));

        GtidSet merged = builder.build();

        assertThat(merged.intervalText(UUID1)).isEqualTo("1-49:51-100");
        assertThat(merged.intervalText(UUID2)).isEqualTo("1-3");
        assertThat(GtidSet.builder().build()).isSameAs(GtidSet.empty());
    }
}
