package io.dtle.source.task;

import io.dtle.testing.TopicRecords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ordered topic back as a consumer would replay it, and fails on the first record that breaks the framing:
 * every row change inside BEGIN .. END of its own GTID, each GTID once, GTIDs and writer transaction numbers
 * rising, END counting the rows seen; snapshot reads and schema changes only between transactions.
 */
final class OrderedTopicReplay {
    /** Rows seen per writer transaction number, in topic order. */
    final Map<Integer, Integer> rowsByTransaction = new LinkedHashMap<>();
    /** Primary keys of the snapshot reads ('r') of {@code snapshotTable}, in topic order. */
    final List<Long> snapshotIds = new ArrayList<>();

    private final String snapshotTable;
    private final Set<String> gtids = new HashSet<>();
    private String open;
    private int openTransaction = -1;
    private int openRows;
    private long lastGtidNumber;
    private int position;

    private OrderedTopicReplay(String snapshotTable) {
        this.snapshotTable = snapshotTable;
    }

    static OrderedTopicReplay of(List<TopicRecords> records, String snapshotTable) {
        OrderedTopicReplay replay = new OrderedTopicReplay(snapshotTable);
        for (TopicRecords record : records) {
            replay.accept(record);
            replay.position++;
        }
        replay.check(replay.open == null, "the topic ends inside transaction " + replay.open);
        return replay;
    }

    private void accept(TopicRecords record) {
        String gtid = record.header("dtle.gtid");
        switch (record.op()) {
            case "BEGIN" -> begin(gtid);
            case "END" -> end(record, gtid);
            case "c" -> row(record, gtid);
            case "r", "ddl" -> {
                check(open == null, record.op() + " inside transaction " + open);
                if ("r".equals(record.op()) && snapshotTable.equals(record.table())) {
                    snapshotIds.add(record.key().get("id").asLong());
                }
            }
            default -> check(false, "unexpected record " + record.shortForm());
        }
    }

    private void begin(String gtid) {
        check(open == null, "BEGIN of " + gtid + " inside transaction " + open);
        check(gtids.add(gtid), "GTID " + gtid + " a second time");
        long number = Long.parseLong(gtid.substring(gtid.lastIndexOf(':') + 1));
        check(number > lastGtidNumber, "GTID " + gtid + " after number " + lastGtidNumber);
        lastGtidNumber = number;
        open = gtid;
        openTransaction = -1;
        openRows = 0;
    }

    private void row(TopicRecords record, String gtid) {
        check(open != null && open.equals(gtid), "row of " + gtid + " while " + open + " is open");
        int tx = Integer.parseInt(record.column("after", "tx"));
        if (openTransaction < 0) {
            check(!rowsByTransaction.containsKey(tx), "writer transaction " + tx + " in two GTIDs");
            check(rowsByTransaction.keySet().stream().allMatch(before -> before < tx),
                    "writer transaction " + tx + " after a later one");
            openTransaction = tx;
        }
        check(tx == openTransaction, "row of writer transaction " + tx + " inside " + openTransaction);
        openRows++;
    }

    private void end(TopicRecords record, String gtid) {
        check(open != null && open.equals(gtid), "END of " + gtid + " while " + open + " is open");
        check(record.value().get("event_count").asLong() == openRows,
                "END of " + gtid + " counts " + record.value().get("event_count") + " events, the topic has " + openRows);
        rowsByTransaction.put(openTransaction, openRows);
        open = null;
    }

    private void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError("ordered topic, record " + position + ": " + problem);
        }
    }
}
