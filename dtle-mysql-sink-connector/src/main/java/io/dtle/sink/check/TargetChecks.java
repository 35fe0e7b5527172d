package io.dtle.sink.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.job.Bookkeeping;
import io.dtle.common.mysql.GrantSet;
import io.dtle.common.mysql.UserGrants;
import io.dtle.sink.DtleSinkConfig;
import io.dtle.sink.TargetDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the sink checks before it starts, so a bad setup fails at create time with a message naming the key:
 * the target answers, the user logs in, and the user holds the privileges the sink uses (docs/SINK.md lists them).
 * Privileges granted on some database only cannot be matched to target databases not known yet; they count.
 */
public final class TargetChecks {
    /** What the sink needs to apply rows and DDL. */
    static final List<String> DATA_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP",
            "ALTER", "INDEX", "REFERENCES", "TRIGGER");
    /** What the bookkeeping tables in database {@code dtle} need. */
    static final List<String> BOOKKEEPING_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE");
    private static final int ACCESS_DENIED = 1045;

    private TargetChecks() {
    }

    public static List<ConfigProblem> run(DtleSinkConfig config) {
        Properties login = new Properties();
        login.setProperty("user", config.user());
        login.setProperty("password", config.password().value());
        try (Connection connection = DriverManager.getConnection(TargetDataSource.jdbcUrl(config), login)) {
            return privilegeProblems(config, UserGrants.read(connection));
        } catch (SQLException e) {
            if (e.getErrorCode() == ACCESS_DENIED) {
                return List.of(new ConfigProblem(List.of(DtleSinkConfig.USER_CONFIG, DtleSinkConfig.PASSWORD_CONFIG),
                        "The target refused the login of '" + config.user() + "' (" + e.getMessage()
                                + "); check connection.username and connection.password."));
            }
            return List.of(new ConfigProblem(List.of(DtleSinkConfig.HOST_CONFIG, DtleSinkConfig.PORT_CONFIG),
                    "Cannot connect to the target at " + config.host() + ":" + config.port() + ": " + e.getMessage()
                            + " Check connection.host and connection.port, and that the server is up."));
        }
    }

    static List<ConfigProblem> privilegeProblems(DtleSinkConfig config, GrantSet granted) {
        List<String> missing = new ArrayList<>();
        for (String privilege : DATA_PRIVILEGES) {
            if (!granted.holdsAnywhere(privilege)) {
                missing.add(privilege);
            }
        }
        List<String> bookkeeping = new ArrayList<>();
        for (String privilege : BOOKKEEPING_PRIVILEGES) {
            if (!granted.holdsOnDatabase(privilege, Bookkeeping.DATABASE)) {
                bookkeeping.add(privilege);
            }
        }
        List<ConfigProblem> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(ConfigProblem.of(DtleSinkConfig.USER_CONFIG, "The user '" + config.user() + "' lacks "
                    + String.join(", ", missing) + " on the target (read from SHOW GRANTS); grant them on the "
                    + "target databases, e.g. GRANT " + String.join(", ", missing) + " ON *.* TO '" + config.user()
                    + "'@'<host>'."));
        }
        if (!bookkeeping.isEmpty()) {
            problems.add(ConfigProblem.of(DtleSinkConfig.USER_CONFIG, "The user '" + config.user() + "' lacks "
                    + String.join(", ", bookkeeping) + " on database 'dtle', where the sink keeps the source "
                    + "transactions it applied; e.g. GRANT " + String.join(", ", bookkeeping) + " ON dtle.* TO '"
                    + config.user() + "'@'<host>'."));
        }
        if (config.setGtidNext() && !(granted.hasGlobal("SUPER") || granted.hasGlobal("SYSTEM_VARIABLES_ADMIN")
                || granted.hasGlobal("REPLICATION_APPLIER") || granted.hasGlobal("SESSION_VARIABLES_ADMIN"))) {
            problems.add(new ConfigProblem(List.of(DtleSinkConfig.SET_GTID_NEXT_CONFIG, DtleSinkConfig.USER_CONFIG),
                    "set.gtid.next=true needs SET GTID_NEXT, which '" + config.user() + "' may not run: grant "
                            + "REPLICATION_APPLIER (or SYSTEM_VARIABLES_ADMIN) ON *.*, or turn set.gtid.next off."));
        }
        return problems;
    }
}
