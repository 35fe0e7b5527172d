package io.dtle.sink.parallel;

/** A unit failed for good: the applier stopped and rolled back everything it had not committed. */
public final class ApplyException extends RuntimeException {
    private final String gtid;

    ApplyException(String gtid, String message, Throwable cause) {
        super("applying source transaction " + gtid + " failed: " + message, cause);
        this.gtid = gtid;
    }

    /** The GTID of the source transaction that failed. */
    public String gtid() {
        return gtid;
    }
}
