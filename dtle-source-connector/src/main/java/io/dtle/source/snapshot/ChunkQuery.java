package io.dtle.source.snapshot;

import io.debezium.relational.Column;
import io.debezium.relational.Table;
import io.dtle.common.mysql.MySqlIdentifiers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SELECT of one snapshot chunk. With key columns it pages by key (keyset pagination:
 * {@code WHERE (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT n}); without, by row number over a consistent read
 * ({@code LIMIT offset, n}), which rescans the skipped rows. The table's where condition is pushed in. One more row
 * than the chunk is asked for, to know whether the chunk is the table's last.
 */
final class ChunkQuery {
    private final String columns;
    private final String from;
    private final String where;
    private final List<String> keyColumns;

    ChunkQuery(Table table, List<String> keyColumns, String condition) {
        this.columns = table.columns().stream().map(Column::name).map(MySqlIdentifiers::quote)
                .collect(Collectors.joining(", "));
        this.from = MySqlIdentifiers.quoteQualified(table.id().catalog(), table.id().table());
        this.where = condition == null ? null : "(" + condition + ")";
        this.keyColumns = List.copyOf(keyColumns);
    }

    boolean keyed() {
        return !keyColumns.isEmpty();
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    /** The query after {@code lastKey} (null for the first chunk); key values are bound as parameters. */
    String sql(List<String> lastKey, int chunkSize) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(from);
        String keyed = keyed() && lastKey != null ? "(" + quoted() + ") > (" + "?, ".repeat(keyColumns.size() - 1)
                + "?)" : null;
        if (where != null || keyed != null) {
            sql.append(" WHERE ").append(where == null ? keyed : keyed == null ? where : where + " AND " + keyed);
        }
        if (keyed()) {
            sql.append(" ORDER BY ").append(quoted()).append(" LIMIT ").append(chunkSize + 1);
        } else {
            long skip = lastKey == null ? 0 : Long.parseLong(lastKey.get(0));
            sql.append(" LIMIT ").append(skip).append(", ").append(chunkSize + 1);
        }
        return sql.toString();
    }

    private String quoted() {
        return keyColumns.stream().map(MySqlIdentifiers::quote).collect(Collectors.joining(", "));
    }
}
