package io.dtle.source.binlog;

/**
 * One thing read from the binlog, in binlog order. Each carries the position to store once the caller has handled
 * it: a reader restarted there continues with the next event, never repeating this one.
 */
public sealed interface BinlogEvent permits TransactionBegin, RowChange, DdlStatement, TransactionEnd, Heartbeat {
    BinlogPosition position();
}
