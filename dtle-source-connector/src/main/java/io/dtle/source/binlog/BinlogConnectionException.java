package io.dtle.source.binlog;

/** The connection was lost and could not be re-established in time; retriable from the last position. */
public final class BinlogConnectionException extends BinlogReaderException {
    public BinlogConnectionException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
