package io.dtle.source.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.schema.AppliedDdl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #3: a restart at P replays the last baseline at or before P and the DDL after it up to P. */
class HistoryReplayTest {
    private static final String A = "3e11fa47-71ca-11e1-9e33-c80aa9429562";
    private static final AppliedDdl CREATE = new AppliedDdl("shop", "CREATE TABLE t (id INT PRIMARY KEY)");
    private static final AppliedDdl ADD = new AppliedDdl("shop", "ALTER TABLE t ADD COLUMN c INT");
    private static final AppliedDdl DROP = new AppliedDdl("shop", "ALTER TABLE t DROP COLUMN c");

    private static BinlogPosition at(String gtids) {
        return BinlogPosition.ofGtidSet(GtidSet.parse(A + ":" + gtids));
    }

    /** Right after the DDL event of transaction {@code number}. */
    private static BinlogPosition ddlAt(long number) {
        return at("1-" + (number - 1)).inTransaction(A + ":" + number, "binlog.000001", 100 * number, 2);
    }

    private final List<HistoryEntry> history = List.of(
            HistoryEntry.baseline(at("1-3"), List.of(CREATE)),
            HistoryEntry.ddl(ddlAt(6), ADD),
            HistoryEntry.ddl(ddlAt(9), DROP));

    @Test
    void replaysTheBaselineAndTheDdlUpToTheOffset() {
        assertThat(HistoryReplay.plan(history, at("1-5")).orElseThrow().statements()).containsExactly(CREATE);
        assertThat(HistoryReplay.plan(history, at("1-6")).orElseThrow().statements()).containsExactly(CREATE, ADD);
        assertThat(HistoryReplay.plan(history, ddlAt(6)).orElseThrow().statements()).containsExactly(CREATE, ADD);
        assertThat(HistoryReplay.plan(history, at("1-20")).orElseThrow().statements())
                .containsExactly(CREATE, ADD, DROP);
    }

    @Test
    void laterEntriesAreRememberedSoTheStreamDoesNotWriteThemAgain() {
        HistoryReplay replay = HistoryReplay.plan(history, at("1-7")).orElseThrow();
        assertThat(replay.ahead()).containsExactly(HistoryEntry.ddl(ddlAt(9), DROP));
        assertThat(replay.ddlCount()).isEqualTo(1);
    }

    @Test
    void noBaselineAtOrBeforeTheOffsetMeansNoReplay() {
        assertThat(HistoryReplay.plan(history, at("1-2"))).isEmpty();
        assertThat(HistoryReplay.plan(List.of(), at("1-2"))).isEmpty();
    }

    @Test
    void theLastBaselineWinsAndEntriesBeforeItAreNotReplayed() {
        AppliedDdl recreate = new AppliedDdl("shop", "CREATE TABLE t (id INT PRIMARY KEY, c INT)");
        List<HistoryEntry> rebased = List.of(history.get(0), history.get(1), HistoryEntry.baseline(at("1-7"),
                List.of(recreate)), HistoryEntry.ddl(ddlAt(9), DROP), HistoryEntry.ddl(ddlAt(9), DROP));
        assertThat(HistoryReplay.plan(rebased, at("1-10")).orElseThrow().statements())
                .containsExactly(recreate, DROP);
        assertThat(HistoryReplay.plan(rebased, at("1-6")).orElseThrow().statements()).containsExactly(CREATE, ADD);
    }

    @Test
    void entriesRoundTripThroughTheirJson() {
        HistoryEntry entry = HistoryEntry.ddl(ddlAt(9), new AppliedDdl("", "ALTER TABLE shop.t\n DROP `c` -- \"x\""));
        assertThat(HistoryEntryCodec.decode(HistoryEntryCodec.encode(entry))).isEqualTo(entry);
        HistoryEntry baseline = HistoryEntry.baseline(BinlogPosition.ofFile("binlog.000002", 4), history.get(0)
                .statements());
        assertThat(HistoryEntryCodec.decode(HistoryEntryCodec.encode(baseline))).isEqualTo(baseline);
    }
}
