package io.dtle.sink.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.sink.parallel.BinlogCommitOrder;
import io.dtle.testing.LocalMySqlServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a target's binlog and GTIDs say about the source transactions a sink applied. */
final class AppliedTransactions {
    private AppliedTransactions() {
    }

    /**
     * The bookkeeping rows of single transactions ({@code interval_gtid} one number; the background compaction writes
     * ranges) in the target's binlog: one source, each source transaction once, in increasing order.
     */
    static void assertOnceInSourceOrder(LocalMySqlServer target, int transactions) throws Exception {
        Map<String, List<Long>> numbersBySource = new LinkedHashMap<>();
        for (List<String> row : BinlogCommitOrder.insertedRows(target, "dtle", "gtid_executed_v2")) {
            String interval = row.get(2);
            if (interval.matches("'[0-9]+'")) {
                numbersBySource.computeIfAbsent(row.get(1), uuid -> new ArrayList<>())
                        .add(Long.parseLong(interval.substring(1, interval.length() - 1)));
            }
        }
        assertThat(numbersBySource).as("sources in the bookkeeping rows of " + target).hasSize(1);
        List<Long> numbers = numbersBySource.values().iterator().next();
        assertThat(numbers).as("source GTID numbers in the commit order of " + target).hasSize(transactions)
                .doesNotHaveDuplicates().isSorted();
    }
}
