package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.source.StartConfigKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Whether a MySQL server can stream from a configured start GTID, following dtle's rules: the
 * server must still have every transaction after the start (gtid_purged within the delivered
 * set), a GTID of the server's own UUID it never executed is an error, and GTIDs of UUIDs the
 * server does not know are accepted (streaming then includes all of the server's transactions).
 */
final class MySqlGtidStart {
    private MySqlGtidStart() {
    }

    /** What the server state implies about the delivered set {@code delivered}, configured under {@code key}. */
    static List<ConfigProblem> problems(String key, GtidSet delivered, UUID serverUuid, GtidSet executed,
            GtidSet purged) {
        List<ConfigProblem> problems = new ArrayList<>();
        GtidSet missing = purged.subtract(delivered);
        if (!missing.isEmpty()) {
            problems.add(ConfigProblem.of(key, "The server has purged transactions after the position in " + key
                    + ": " + missing.toCompactString() + " (gtid_purged is " + purged.toCompactString() + "). "
                    + "Remove " + key + " to start with a snapshot, or start from a position that includes "
                    + "gtid_purged."));
        }
        String neverExecuted = delivered.subtract(executed).intervalText(serverUuid);
        if (!neverExecuted.isEmpty()) {
            problems.add(ConfigProblem.of(key, key + " contains " + serverUuid + ":" + neverExecuted + ", "
                    + "transactions of this server (server_uuid " + serverUuid + ") that it has not executed "
                    + "(gtid_executed is " + executed.toCompactString() + "). Use a GTID set from this server's "
                    + "SHOW MASTER STATUS."));
        }
        return problems;
    }

    /** The set delivered before {@code first}: everything executed except {@code first} and what follows it. */
    static GtidSet deliveredBefore(Gtid first, GtidSet executed) {
        String source = first.isTagged() ? first.sourceUuid() + ":" + first.tag() : first.sourceUuid().toString();
        GtidSet fromFirst = GtidSet.parse(source + ":" + first.transactionNumber() + "-"
                + Gtid.MAX_TRANSACTION_NUMBER);
        return executed.subtract(fromFirst);
    }

    /**
     * Problems of a start.gtid.first value: its predecessor must have been executed when it is
     * this server's own, and nothing from it onwards may be purged.
     */
    static List<ConfigProblem> firstProblems(Gtid first, UUID serverUuid, GtidSet executed, GtidSet purged) {
        String key = StartConfigKeys.START_GTID_FIRST_CONFIG;
        List<ConfigProblem> problems = new ArrayList<>();
        long previous = first.transactionNumber() - 1;
        if (first.sourceUuid().equals(serverUuid) && previous > 0
                && !executed.contains(first.isTagged() ? Gtid.of(serverUuid, first.tag(), previous)
                        : Gtid.of(serverUuid, previous))) {
            problems.add(ConfigProblem.of(key, key + " is " + first + ", but this server (server_uuid "
                    + serverUuid + ") has not executed the transaction before it (gtid_executed is "
                    + executed.toCompactString() + "). Use a GTID this server has executed, or the next one."));
        }
        GtidSet delivered = deliveredBefore(first, executed);
        GtidSet missing = purged.subtract(delivered);
        if (!missing.isEmpty()) {
            problems.add(ConfigProblem.of(key, "The server has purged " + missing.toCompactString() + ", which "
                    + "streaming from " + first + " needs (gtid_purged is " + purged.toCompactString() + "). "
                    + "Remove " + key + " to start with a snapshot, or start at a GTID after gtid_purged."));
        }
        return problems;
    }
}
