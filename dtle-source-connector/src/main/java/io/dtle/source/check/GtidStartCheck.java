package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtid;
import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.source.StartConfigKeys;
import io.dtle.source.StartPosition;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the server's GTID state and checks a configured start.gtid or start.gtid.first against it. */
final class GtidStartCheck {
    private static final Logger LOG = LoggerFactory.getLogger(GtidStartCheck.class);
    private GtidStartCheck() {
    }

    static List<ConfigProblem> problems(ServerSession session, StartPosition start) throws SQLException {
        String key = start.kind() == StartPosition.Kind.AT_GTID ? StartConfigKeys.START_GTID_FIRST_CONFIG
                : StartConfigKeys.START_GTID_CONFIG;
        if (start.isMariaDbGtid() != session.isMariaDb()) {
            return List.of(ConfigProblem.of(key, key + " is a " + (start.isMariaDbGtid() ? "MariaDB" : "MySQL")
                    + " GTID, but the server is " + (session.isMariaDb() ? "MariaDB" : "MySQL") + " "
                    + session.version() + "; use a GTID " + (session.isMariaDb()
                    ? "position such as '0-1-42' from @@gtid_binlog_pos." : "set from SHOW MASTER STATUS.")));
        }
        return session.isMariaDb() ? mariaDb(session, start, key) : mySql(session, start, key);
    }

    private static List<ConfigProblem> mySql(ServerSession session, StartPosition start, String key)
            throws SQLException {
        UUID serverUuid = UUID.fromString(session.single("SELECT @@GLOBAL.server_uuid"));
        GtidSet executed = GtidSet.parse(session.single("SELECT @@GLOBAL.gtid_executed"));
        GtidSet purged = GtidSet.parse(session.single("SELECT @@GLOBAL.gtid_purged"));
        GtidSet configured = start.kind() == StartPosition.Kind.AT_GTID ? GtidSet.of(Gtid.parse(start.gtid()))
                : GtidSet.parse(start.gtid());
        for (UUID uuid : configured.uuids()) {
            if (!uuid.equals(serverUuid) && !executed.uuids().contains(uuid)) {
                LOG.warn("{} names {}, a source UUID this server has no transactions of; as in dtle, it is "
                        + "accepted and streaming includes every transaction of this server", key, uuid);
            }
        }
        if (start.kind() == StartPosition.Kind.AT_GTID) {
            return MySqlGtidStart.firstProblems(Gtid.parse(start.gtid()), serverUuid, executed, purged);
        }
        return MySqlGtidStart.problems(key, configured, serverUuid, executed, purged);
    }

    private static List<ConfigProblem> mariaDb(ServerSession session, StartPosition start, String key)
            throws SQLException {
        long serverId = Long.parseLong(session.single("SELECT @@GLOBAL.server_id"));
        List<MariaDbGtid> state = MariaDbGtidStart.parseList(session.single("SELECT @@GLOBAL.gtid_binlog_state"));
        MariaDbGtidPosition delivered = start.kind() == StartPosition.Kind.AT_GTID
                ? MariaDbGtidStart.deliveredBefore(MariaDbGtid.parse(start.gtid()),
                        MariaDbGtidPosition.parse(session.single("SELECT @@GLOBAL.gtid_binlog_pos")))
                : MariaDbGtidPosition.parse(start.gtid());
        return MariaDbGtidStart.problems(key, delivered, serverId, state, oldestGtidList(session));
    }

    /** The GTIDs of the oldest binlog's Gtid_list event: the state the purged binlogs had reached. */
    private static List<MariaDbGtid> oldestGtidList(ServerSession session) throws SQLException {
        List<String> logs = session.column("SHOW BINARY LOGS");
        if (logs.isEmpty()) {
            return List.of();
        }
        for (List<String> event : session.rows("SHOW BINLOG EVENTS IN '" + logs.get(0).replace("'", "''")
                + "' LIMIT 5")) {
            if ("Gtid_list".equalsIgnoreCase(event.get(2))) {
                return MariaDbGtidStart.parseList(event.get(5));
            }
        }
        return List.of();
    }
}
