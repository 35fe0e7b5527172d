package io.dtle.source.binlog;

/**
 * The server no longer has binlogs with transactions the start position lacks (MySQL/MariaDB error 1236): streaming
 * from there would silently skip them. Not retriable; a new full copy, or a start set that includes the server's
 * {@code gtid_purged}, is needed.
 */
public final class PurgedGtidsException extends BinlogReaderException {
    public PurgedGtidsException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
