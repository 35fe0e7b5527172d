package io.dtle.sink.parallel;

import java.sql.SQLException;
import org.apache.kafka.connect.errors.DataException;

/** A unit failed for good: the applier stopped and rolled back everything it had not committed. */
public final class ApplyException extends RuntimeException {
    private final transient ApplyUnit unit;

    ApplyException(ApplyUnit unit, String message, Throwable cause) {
        super("applying source transaction " + unit.gtid() + " failed: " + message, cause);
        this.unit = unit;
    }

    /** The GTID of the source transaction that failed. */
    public String gtid() {
        return unit.gtid();
    }

    /** The unit that failed. */
    public ApplyUnit unit() {
        return unit;
    }

    /**
     * True when the target refused the unit's data or statements (a constraint, data too long, a missing table),
     * so applying it again gives the same error; false for a lost connection, lock conflicts that outlasted the
     * retries, or a commit whose outcome is unknown, which say nothing about the data.
     */
    public boolean dataError() {
        Throwable cause = getCause();
        return cause instanceof DataException
                || cause instanceof SQLException e && SqlErrors.classify(e) == SqlErrors.Kind.FATAL;
    }
}
