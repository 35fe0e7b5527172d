package io.dtle.sink.sql;

import io.dtle.sink.table.TableName;
import java.util.List;

/**
 * One entry of a row's write set: a table, one of its unique keys (PRIMARY or a UNIQUE index name) and
 * the row's values for that key. Two transactions that produce an equal RowKey touch the same row or
 * compete for the same unique value, so the parallel applier must not run them concurrently.
 *
 * <p>Values are normalised so that equal keys in MySQL's eyes are equal here: binary values compare by
 * content and text under a case- or accent-insensitive collation is folded (see {@link RowKeys}). The
 * folding errs on the side of equality: a false match only serialises two transactions.
 */
public record RowKey(TableName table, String keyName, List<Object> values) {

    public RowKey {
        values = List.copyOf(values);
    }
}
