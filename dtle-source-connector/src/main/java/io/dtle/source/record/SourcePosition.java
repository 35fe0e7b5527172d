package io.dtle.source.record;

import io.debezium.connector.SnapshotRecord;
import java.time.Instant;

/**
 * Where one row change came from: what the envelope's {@code source} block says.
 * {@code row} is the row's index inside its binlog rows event (0 for snapshot rows);
 * {@code thread} is null when unknown (snapshot rows); {@code gtid} null without GTIDs.
 * The topic prefix (the block's {@code name}) comes from the factory's configuration.
 */
public record SourcePosition(
        String database,
        String table,
        long serverId,
        String gtid,
        String file,
        long pos,
        int row,
        Instant sourceTime,
        SnapshotRecord snapshot,
        Long thread) {

    /** A snapshot row: Debezium marks all but the last with TRUE and its last one with LAST. */
    public static SourcePosition snapshot(String database, String table, String file, long pos,
            Instant sourceTime, SnapshotRecord marker) {
        return new SourcePosition(database, table, 0L, null, file, pos, 0, sourceTime, marker, null);
    }

    /** A streamed row from a binlog rows event. */
    public static SourcePosition binlog(String database, String table, BinlogCoordinates at, int row) {
        return new SourcePosition(database, table, at.serverId(), at.gtid(), at.file(), at.pos(), row,
                at.eventTime(), SnapshotRecord.FALSE, at.thread());
    }
}
