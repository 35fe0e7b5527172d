package io.dtle.sink.parallel;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Sorts MySQL errors into those worth retrying and the fatal rest. */
public final class SqlErrors {

    /** What an error means for the transaction that saw it. */
    public enum Kind {
        /** Deadlock or lock wait timeout: roll back and run the transaction again on the same connection. */
        LOCK_CONFLICT,
        /** The connection broke: run the transaction again on a fresh connection. */
        CONNECTION_LOST,
        /** Anything else (bad data, missing table, no privilege): retrying gives the same error. */
        FATAL
    }

    static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    static final int ER_LOCK_DEADLOCK = 1213;
    static final int CR_SERVER_GONE_ERROR = 2006;
    static final int CR_SERVER_LOST = 2013;
    private static final String CONNECTION_STATE_CLASS = "08";

    private SqlErrors() {
    }

    /** Classifies {@code error}, looking through its causes and chained exceptions (batches wrap the real one). */
    public static Kind classify(SQLException error) {
        Kind worst = Kind.FATAL;
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof SQLException e) {
                Kind kind = classifyOne(e);
                if (kind == Kind.CONNECTION_LOST) {
                    return kind;
                }
                if (kind == Kind.LOCK_CONFLICT) {
                    worst = kind;
                }
            }
        }
        return worst;
    }

    /** True when the connection that raised {@code error} can no longer be used. */
    public static boolean isConnectionLost(SQLException error) {
        return classify(error) == Kind.CONNECTION_LOST;
    }

    private static Kind classifyOne(SQLException e) {
        int code = e.getErrorCode();
        String state = e.getSQLState();
        if (code == CR_SERVER_GONE_ERROR || code == CR_SERVER_LOST
                || (state != null && state.startsWith(CONNECTION_STATE_CLASS))
                || e instanceof SQLRecoverableException || e instanceof SQLTransientConnectionException) {
            return Kind.CONNECTION_LOST;
        }
        if (code == ER_LOCK_DEADLOCK || code == ER_LOCK_WAIT_TIMEOUT) {
            return Kind.LOCK_CONFLICT;
        }
        return Kind.FATAL;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException e && e.getNextException() != null && e.getNextException() != t) {
            return e.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
