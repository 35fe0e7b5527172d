package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** A source transaction read from its BEGIN to its END, with everything needed to apply it. */
record EndedTransaction(Gtid gtid, String gtidText, OptionalLong lastCommitted, OptionalLong sequenceNumber,
                        List<Step> steps, Set<?> writeSet, boolean exclusive, int rows, long sourceMillis) {

    /** Only row changes: no DDL or TRUNCATE, which commit on their own and must not share a target transaction. */
    boolean onlyRowChanges() {
        return steps.stream().allMatch(step -> step instanceof RowBatch);
    }
}
