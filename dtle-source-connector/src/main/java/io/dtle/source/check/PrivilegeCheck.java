package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.mysql.GrantSet;
import io.dtle.common.mysql.UserGrants;
import io.dtle.source.ConnectionConfigKeys;
import io.dtle.source.DtleSourceConfig;
import io.dtle.source.TableFilter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the account holds what the connector needs: SELECT on what it captures, and the global
 * REPLICATION CLIENT and REPLICATION SLAVE when it streams. Privileges of active roles count: on
 * MySQL through SHOW GRANTS ... USING the roles of CURRENT_ROLE(); MariaDB's SHOW GRANTS already
 * includes its current role.
 */
final class PrivilegeCheck {
    private PrivilegeCheck() {
    }

    static List<ConfigProblem> problems(ServerSession session, DtleSourceConfig config) throws SQLException {
        GrantSet granted = UserGrants.read(session.connection());
        List<String> missing = new ArrayList<>();
        if (config.snapshotMode().streams()) {
            for (String privilege : List.of(GrantSet.REPLICATION_CLIENT, GrantSet.REPLICATION_SLAVE)) {
                if (!granted.hasGlobal(privilege)) {
                    missing.add(privilege + " ON *.*");
                }
            }
        }
        missing.addAll(missingSelect(granted, config.tableFilter()));
        if (missing.isEmpty()) {
            return List.of();
        }
        String roles = granted.roles().isEmpty() ? "" : " Roles count only when active at login: granted "
                + String.join(", ", granted.roles()) + "; make them default roles (SET DEFAULT ROLE).";
        return List.of(ConfigProblem.of(ConnectionConfigKeys.USER_CONFIG, "The user '" + config.user()
                + "' lacks " + String.join(", ", missing) + " (read from SHOW GRANTS FOR CURRENT_USER()); grant "
                + "them, e.g. GRANT " + grantList(missing) + " TO '" + config.user() + "'@'<host>'." + roles));
    }

    private static List<String> missingSelect(GrantSet granted, TableFilter filter) {
        List<String> missing = new ArrayList<>();
        for (List<String> table : filter.literalTables()) {
            if (!granted.canSelect(table.get(0), table.get(1))) {
                missing.add("SELECT ON `" + table.get(0) + "`.`" + table.get(1) + "`");
            }
        }
        for (String database : filter.literalDatabases()) {
            if (!granted.canSelectSomething(database)) {
                missing.add("SELECT ON `" + database + "`.*");
            }
        }
        if (missing.isEmpty() && filter.literalTables().isEmpty() && filter.literalDatabases().isEmpty()
                && !granted.canSelectAnything()) {
            missing.add("SELECT ON *.*");
        }
        return missing;
    }

    private static String grantList(List<String> missing) {
        Set<String> privileges = new LinkedHashSet<>();
        String target = "*.*";
        for (String entry : missing) {
            int on = entry.indexOf(" ON ");
            privileges.add(entry.substring(0, on));
            if (!entry.endsWith("*.*") && missing.size() == 1) {
                target = entry.substring(on + 4);
            }
        }
        return String.join(", ", privileges) + " ON " + target;
    }
}
