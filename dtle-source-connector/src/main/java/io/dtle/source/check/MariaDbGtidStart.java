package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.MariaDbGtid;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a MariaDB server can stream from a configured GTID position. MariaDB has no
 * gtid_purged: what is gone is the state at the start of the oldest binlog, its Gtid_list event.
 * The rules mirror the MySQL ones: every domain in that list must be in the start position at
 * or after it, and a GTID of this server's own server_id beyond what its binlog holds
 * (gtid_binlog_state) is an error; other server ids are accepted, as dtle accepts unknown SIDs.
 */
final class MariaDbGtidStart {
    private MariaDbGtidStart() {
    }

    /**
     * @param binlogState every GTID of {@code @@gtid_binlog_state}, one per domain and server id
     * @param oldestList the GTIDs of the oldest binlog's Gtid_list event: purged up to these
     */
    static List<ConfigProblem> problems(String key, MariaDbGtidPosition delivered, long serverId,
            List<MariaDbGtid> binlogState, List<MariaDbGtid> oldestList) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (MariaDbGtid purged : oldestList) {
            Optional<MariaDbGtid> start = delivered.get(purged.domainId());
            if (start.isEmpty() || purged.isAfter(start.get())) {
                problems.add(ConfigProblem.of(key, "The server has purged the binlogs of domain "
                        + purged.domainId() + " up to " + purged + ", but " + key + " needs the transactions after "
                        + start.map(MariaDbGtid::toString).orElse("its beginning") + ". Remove " + key
                        + " to start with a snapshot, or start from a position at or after " + purged + "."));
            }
        }
        for (MariaDbGtid start : delivered.gtids()) {
            if (start.serverId() == serverId && start.sequence() > lastSequence(binlogState, start.domainId())) {
                problems.add(ConfigProblem.of(key, key + " contains " + start + ", a transaction of this server "
                        + "(server_id " + serverId + ") that its binlog does not have (gtid_binlog_state is "
                        + text(binlogState) + "). Use a position from this server's @@gtid_binlog_pos."));
            }
        }
        return problems;
    }

    /** The position delivered before {@code first}: the current position, with first's domain just before it. */
    static MariaDbGtidPosition deliveredBefore(MariaDbGtid first, MariaDbGtidPosition current) {
        List<String> entries = new ArrayList<>();
        for (MariaDbGtid gtid : current.gtids()) {
            if (gtid.domainId() != first.domainId()) {
                entries.add(gtid.toString());
            }
        }
        if (first.sequence() > 1) {
            entries.add(new MariaDbGtid(first.domainId(), first.serverId(), first.sequence() - 1).toString());
        }
        return MariaDbGtidPosition.parse(String.join(",", entries));
    }

    /** Parses {@code @@gtid_binlog_state} or a Gtid_list event's text, which may list a domain twice. */
    static List<MariaDbGtid> parseList(String text) {
        List<MariaDbGtid> gtids = new ArrayList<>();
        for (String entry : text.replace("[", "").replace("]", "").split(",")) {
            if (!entry.isBlank()) {
                gtids.add(MariaDbGtid.parse(entry.strip()));
            }
        }
        return gtids;
    }

    private static long lastSequence(List<MariaDbGtid> state, long domainId) {
        long last = 0;
        for (MariaDbGtid gtid : state) {
            if (gtid.domainId() == domainId) {
                last = Math.max(last, gtid.sequence());
            }
        }
        return last;
    }

    private static String text(List<MariaDbGtid> gtids) {
        List<String> parts = new ArrayList<>();
        gtids.forEach(gtid -> parts.add(gtid.toString()));
        return parts.isEmpty() ? "empty" : String.join(",", parts);
    }
}
