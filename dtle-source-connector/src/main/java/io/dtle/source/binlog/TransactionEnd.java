package io.dtle.source.binlog;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A transaction ends: an XID event (transactional engines), a {@code COMMIT} statement, or the implicit commit of a
 * DDL statement. The position now counts the transaction as fully seen.
 *
 * @param xid the XID of an XID event; empty for a COMMIT statement or a DDL
 */
public record TransactionEnd(Optional<String> gtid, OptionalLong xid, long timestampMillis, BinlogPosition position)
        implements BinlogEvent {
}
