package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventMetadata;
import java.util.BitSet;
import java.util.List;

/**
 * What a binlog table map tells about a table at the time of a row event.
 *
 * @param columnTypes    binlog column type codes (see the client's {@code ColumnType.byCode}), one per column
 * @param columnMetadata the per-type metadata (lengths, precision, fractional digits)
 * @param columnNames    with {@code binlog_row_metadata=FULL}; empty otherwise (the schema history knows them)
 * @param metadata       the optional metadata block (signedness, charsets, enum/set values, keys); null if absent
 */
public record TableInfo(
        long tableId,
        String database,
        String table,
        byte[] columnTypes,
        int[] columnMetadata,
        BitSet nullability,
        List<String> columnNames,
        TableMapEventMetadata metadata) {

    static TableInfo of(TableMapEventData map) {
        TableMapEventMetadata metadata = map.getEventMetadata();
        List<String> names = metadata == null || metadata.getColumnNames() == null
                ? List.of()
                : List.copyOf(metadata.getColumnNames());
        return new TableInfo(map.getTableId(), map.getDatabase(), map.getTable(), map.getColumnTypes(),
                map.getColumnMetadata(), map.getColumnNullability(), names, metadata);
    }

    public int columnCount() {
        return columnTypes.length;
    }
}
