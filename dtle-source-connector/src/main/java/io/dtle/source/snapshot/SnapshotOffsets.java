package io.dtle.source.snapshot;

import io.debezium.relational.TableId;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.offset.BinlogOffsetCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offsets during the snapshot: the position streaming will start from (the snapshot's, see
 * {@link ConsistentSnapshot}) in {@link BinlogOffsetCodec}'s keys, plus {@code snapshot_table} ({@code db.table}
 * being copied) and {@code snapshot_key} (the {@link ChunkKey} after which its next chunk starts; absent before its
 * first chunk). A restarted task copies that table from there and the tables after it, then streams.
 */
public final class SnapshotOffsets {
    public static final String TABLE = "snapshot_table";
    public static final String KEY = "snapshot_key";

    private SnapshotOffsets() {
    }

    public static boolean isSnapshot(Map<String, ?> offset) {
        return offset != null && offset.containsKey(TABLE);
    }

    static Map<String, Object> encode(BinlogPosition streamFrom, TableId table, List<String> lastKey) {
        Map<String, Object> offset = new LinkedHashMap<>(BinlogOffsetCodec.encode(streamFrom));
        offset.put(TABLE, table.catalog() + "." + table.table());
        if (lastKey != null) {
            offset.put(KEY, ChunkKey.encode(lastKey));
        }
        return offset;
    }

    /** Where a stored snapshot offset resumes, or null when the offset is not a snapshot's. */
    public static SnapshotResume resume(Map<String, ?> offset) {
        if (!isSnapshot(offset)) {
            return null;
        }
        Object key = offset.get(KEY);
        return new SnapshotResume(BinlogOffsetCodec.decode(offset), (String) offset.get(TABLE),
                key == null ? null : ChunkKey.decode((String) key));
    }

    /** A snapshot interrupted in {@code table} after the chunk that ended at {@code lastKey}. */
    public record SnapshotResume(BinlogPosition streamFrom, String table, List<String> lastKey) {
    }
}
