package io.dtle.source.binlog;

/** The reader stopped. {@link #isRetriable()} says whether starting again from the last position can help. */
public class BinlogReaderException extends RuntimeException {
    private final boolean retriable;

    public BinlogReaderException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public boolean isRetriable() {
        return retriable;
    }
}
