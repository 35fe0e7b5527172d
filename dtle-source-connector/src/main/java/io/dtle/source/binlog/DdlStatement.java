package io.dtle.source.binlog;

/**
 * A statement logged as text (a QUERY event other than BEGIN/COMMIT): DDL, and in row format the few statements
 * MySQL still logs that way. A DDL is its own transaction, so it comes between a begin and an end.
 *
 * @param database the default database the statement ran in ("" when none), which unqualified names refer to
 */
public record DdlStatement(String database, String sql, long timestampMillis, BinlogPosition position)
        implements BinlogEvent {
}
