package io.dtle.source.record;

import java.time.Instant;

/**
 * The binlog facts shared by every row of one rows event: the server that wrote it, the
 * transaction's GTID, the file and position Debezium reports in {@code source.pos}, the
 * event's timestamp (the binlog's clock, not ours) and the session thread of the
 * transaction's BEGIN query event (null when unknown).
 */
public record BinlogCoordinates(long serverId, String gtid, String file, long pos, Instant eventTime, Long thread) {
}
