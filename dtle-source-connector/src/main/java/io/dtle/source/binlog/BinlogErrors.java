package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.network.AuthenticationException;
import com.github.shyiko.mysql.binlog.network.ServerException;
import io.dtle.common.gtid.GtidSet;
import java.sql.SQLException;
import java.util.Set;

/** Sorts what ended a binlog connection into fatal errors with a fix to name, and retriable ones. */
final class BinlogErrors {
    /** ER_MASTER_FATAL_ERROR_READING_BINLOG: the requested binlog or GTIDs are gone (or never existed). */
    static final int FATAL_READING_BINLOG = 1236;
    /** Access denied for user, for database, or for lack of REPLICATION SLAVE / CLIENT. */
    private static final Set<Integer> ACCESS_DENIED = Set.of(1044, 1045, 1227, 1698);

    private BinlogErrors() {
    }

    static BinlogReaderException classify(Exception error, BinlogConnectionSettings settings, BinlogPosition from) {
        if (error instanceof BinlogReaderException known) {
            return known;
        }
        if (error instanceof AuthenticationException
                || error instanceof ServerException server && ACCESS_DENIED.contains(server.getErrorCode())) {
            return new BinlogAuthenticationException("The server refused " + settings + ": " + error.getMessage()
                    + ". Check the user name and password, and that the user has the REPLICATION SLAVE and"
                    + " REPLICATION CLIENT privileges.", error);
        }
        if (error instanceof ServerException server && server.getErrorCode() == FATAL_READING_BINLOG) {
            return cannotStream(server, settings, from);
        }
        String cause = error == null ? "the server closed the connection" : String.valueOf(error.getMessage());
        return new BinlogConnectionException("Lost the binlog connection to " + settings + " (streaming since "
                + from + "): " + cause, error);
    }

    private static BinlogReaderException cannotStream(ServerException error, BinlogConnectionSettings settings,
                                                      BinlogPosition from) {
        String message = String.valueOf(error.getMessage());
        if (from.isGtidBased() && message.toLowerCase().contains("purged")) {
            return new PurgedGtidsException("The server at " + settings.host() + ":" + settings.port()
                    + " has purged binlogs holding transactions that the start GTID set '"
                    + from.gtidSet().map(GtidSet::toCompactString).orElse(from.mariaDbGtids().map(String::valueOf)
                            .orElse("")) + "' does not contain" + missing(settings, from)
                    + ". Streaming from there would skip them. Start again from a full copy, or, if the destination"
                    + " already has those transactions, from a GTID set that includes the server's gtid_purged."
                    + " (server error " + error.getErrorCode() + ": " + message + ")", error);
        }
        return new BinlogReaderException("The server at " + settings.host() + ":" + settings.port()
                + " cannot stream the binlog from " + from + ": " + message + " (server error "
                + error.getErrorCode() + "). Check that the binlog file exists (SHOW BINARY LOGS) or start from"
                + " a GTID set or a full copy.", false, error);
    }

    private static String missing(BinlogConnectionSettings settings, BinlogPosition from) {
        if (from.gtidSet().isEmpty()) {
            return "";
        }
        try {
            GtidSet purged = new ServerStatusReader(settings).gtidPurged();
            return " (purged but not in the start set: " + purged.subtract(from.gtidSet().get()).toCompactString()
                    + "; gtid_purged is " + purged.toCompactString() + ")";
        } catch (SQLException | RuntimeException e) {
            return " (gtid_purged could not be read: " + e.getMessage() + ")";
        }
    }
}
