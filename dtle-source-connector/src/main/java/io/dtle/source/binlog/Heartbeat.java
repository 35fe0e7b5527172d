package io.dtle.source.binlog;

/**
 * Between transactions, the server is alive (a heartbeat while idle) or the binlog moved to another file. It lets a
 * caller store the position even when no table changes.
 */
public record Heartbeat(long timestampMillis, BinlogPosition position) implements BinlogEvent {
}
