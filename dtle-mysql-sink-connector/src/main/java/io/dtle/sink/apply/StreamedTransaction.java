package io.dtle.sink.apply;

import io.dtle.common.gtid.Gtid;
import io.dtle.sink.parallel.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A source transaction too big to hold in memory, applied as it streams in: one target transaction on its own
 * connection, bookkeeping row first, committed at the source transaction's END. Nothing else runs meanwhile. A
 * failure rolls it back whole; the transaction is then read again from its BEGIN (Kafka offsets never pass an open
 * transaction): at once after a lock conflict or a lost connection, after a task restart when the target refused
 * its data (or straight into the dead-letter queue when errors are tolerated).
 */
final class StreamedTransaction {
    private final ApplyContext context;
    private final String gtidText;
    private Connection connection;

    StreamedTransaction(ApplyContext context, DataSource dataSource, Gtid gtid, String gtidText) {
        this.context = context;
        this.gtidText = gtidText;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            context.bookkeeping().record(connection, gtid);
        } catch (SQLException e) {
            abort();
            throw failure(e);
        }
    }

    void apply(List<Step> steps) {
        try {
            for (Step step : steps) {
                Step.applyNamingFailures(step, connection);
            }
        } catch (SQLException e) {
            abort();
            throw failure(e);
        }
    }

    void finish(List<Step> lastSteps) {
        apply(lastSteps);
        try {
            connection.commit();
            connection.close();
            connection = null;
        } catch (SQLException e) {
            abort();
            throw failure(e);
        }
    }

    void abort() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException ignored) {
            // the connection is broken: the server rolls the transaction back itself
        }
        connection = null;
    }

    /** A failure worth reading the transaction again for: a deadlock, a lock wait timeout, a lost connection. */
    static final class RetriableFailure extends RuntimeException {
        RetriableFailure(String message, SQLException cause) {
            super(message, cause);
        }
    }

    /** The target refused the transaction's data: applying it again gives the same error. */
    static final class Refused extends ConnectException {
        private final String gtid;

        Refused(String gtid, String message, SQLException cause) {
            super(message, cause);
            this.gtid = gtid;
        }

        String gtid() {
            return gtid;
        }
    }

    private RuntimeException failure(SQLException e) {
        if (SqlErrors.classify(e) != SqlErrors.Kind.FATAL) {
            return new RetriableFailure(e.getMessage(), e);
        }
        return new Refused(gtidText, "Applying big source transaction " + gtidText + " failed and was rolled back "
                + "whole: " + e.getMessage() + " (MySQL error " + e.getErrorCode() + ")", e);
    }
}
