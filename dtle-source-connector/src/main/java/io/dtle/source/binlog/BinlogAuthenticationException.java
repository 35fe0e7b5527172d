package io.dtle.source.binlog;

/** The server refused the user or its privileges; retrying with the same settings cannot succeed. */
public final class BinlogAuthenticationException extends BinlogReaderException {
    public BinlogAuthenticationException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
