package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.source.ConnectionConfigKeys;
import io.dtle.source.DtleSourceConfig;
import io.dtle.source.StartConfigKeys;
import io.dtle.source.StartPosition;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;

/**
 * The live checks of a source server against a configuration, run by the connector's validate()
 * (attached to the fields with {@link ConfigProblem#attach}) and start() (thrown with
 * {@link ConfigProblem#throwIfAny}). Each problem names the setting and the fix; none echoes the password.
 */
public final class SourceServerChecks {
    private static final String ACCESS_DENIED_STATE = "28000";

    private SourceServerChecks() {
    }

    /** Connects with the configured account and returns every problem found; empty when the server is ready. */
    public static List<ConfigProblem> run(DtleSourceConfig config) {
        try (ServerSession session = ServerSession.open(config)) {
            return problems(session, config);
        } catch (SQLException e) {
            return List.of(connectionProblem(config, e));
        }
    }

    /**
     * What a connector's validate() returns: the ConfigDef's own validation, then the checks
     * between keys, then, when those pass, the live checks.
     */
    public static Config validate(Map<String, String> props) {
        Config config = new Config(DtleSourceConfig.CONFIG_DEF.validate(props));
        if (config.configValues().stream().anyMatch(value -> !value.errorMessages().isEmpty())) {
            return config;
        }
        DtleSourceConfig parsed = new DtleSourceConfig(props);
        List<ConfigProblem> problems = parsed.problems();
        return ConfigProblem.attach(config, problems.isEmpty() ? run(parsed) : problems);
    }

    private static List<ConfigProblem> problems(ServerSession session, DtleSourceConfig config) throws SQLException {
        List<ConfigProblem> problems = new ArrayList<>();
        StartPosition start = config.startPosition();
        problems.addAll(ClientSettingsCheck.problems(session, config));
        if (config.snapshotMode().streams()) {
            problems.addAll(BinlogSettingsCheck.problems(session, config));
        }
        problems.addAll(PrivilegeCheck.problems(session, config));
        if (start.kind() == StartPosition.Kind.AFTER_GTID_SET || start.kind() == StartPosition.Kind.AT_GTID) {
            problems.addAll(GtidStartCheck.problems(session, start));
        } else if (start.kind() == StartPosition.Kind.BINLOG_POSITION) {
            problems.addAll(binlogFileProblems(session, start));
        }
        problems.addAll(TableExistenceCheck.problems(session, config.tableFilter()));
        problems.addAll(WhereColumnsCheck.problems(session, config.whereConditions()));
        return problems;
    }

    private static List<ConfigProblem> binlogFileProblems(ServerSession session, StartPosition start)
            throws SQLException {
        List<String> files = session.column("SHOW BINARY LOGS");
        if (files.contains(start.binlogFile())) {
            return List.of();
        }
        return List.of(ConfigProblem.of(StartConfigKeys.START_BINLOG_FILE_CONFIG, "The server has no binlog file '"
                + start.binlogFile() + "' (SHOW BINARY LOGS lists " + (files.isEmpty() ? "none" : files.get(0)
                + " to " + files.get(files.size() - 1)) + "); it may have been purged. Use a listed file, or "
                + "remove start.binlog.file to start with a snapshot."));
    }

    private static ConfigProblem connectionProblem(DtleSourceConfig config, SQLException e) {
        String where = config.hostname() + ":" + config.port();
        String reason = scrub(e.getMessage(), config);
        if (ACCESS_DENIED_STATE.equals(e.getSQLState())) {
            return new ConfigProblem(List.of(ConnectionConfigKeys.USER_CONFIG, ConnectionConfigKeys.PASSWORD_CONFIG),
                    "The server at " + where + " refused the user '" + config.user() + "' (" + reason + "); check "
                    + "database.user and database.password, and that the account may log in from this host.");
        }
        return new ConfigProblem(List.of(ConnectionConfigKeys.HOSTNAME_CONFIG, ConnectionConfigKeys.PORT_CONFIG),
                "Cannot connect to " + where + " as user '" + config.user() + "' (" + reason + "); check "
                + "database.hostname, database.port, database.ssl.mode and that the server is reachable.");
    }

    /** The driver's message, first line only, with the password removed should a driver ever echo it. */
    private static String scrub(String message, DtleSourceConfig config) {
        String text = message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
        String password = config.password().value();
        return password.isEmpty() ? text : text.replace(password, "[hidden]");
    }
}
