package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.source.CaptureConfigKeys;
import io.dtle.source.TableFilter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Databases and tables named literally in the include lists must exist: a typo there would
 * otherwise capture nothing, silently. Patterns are not checked; they may match tables created later.
 */
final class TableExistenceCheck {
    private TableExistenceCheck() {
    }

    static List<ConfigProblem> problems(ServerSession session, TableFilter filter) throws SQLException {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> databases = lowerCase(session.column("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"));
        for (String database : filter.literalDatabases()) {
            if (!databases.contains(database.toLowerCase(Locale.ROOT))) {
                problems.add(ConfigProblem.of(CaptureConfigKeys.DATABASE_INCLUDE_LIST_CONFIG, "The database '"
                        + database + "' in database.include.list does not exist on the server or the user cannot "
                        + "see it; create it, grant SELECT on it, or correct the name."));
            }
        }
        for (List<String> table : filter.literalTables()) {
            if (filter.includesTable(table.get(0), table.get(1)) && !exists(session, table.get(0), table.get(1))) {
                problems.add(ConfigProblem.of(CaptureConfigKeys.TABLE_INCLUDE_LIST_CONFIG, "The table '"
                        + table.get(0) + "." + table.get(1) + "' in table.include.list does not exist on the server "
                        + "or the user cannot see it; create it, grant SELECT on it, or correct the name."));
            }
        }
        return problems;
    }

    private static boolean exists(ServerSession session, String database, String table) throws SQLException {
        // Literal names hold only [A-Za-z0-9_$], so they are safe inside quotes.
        return !"0".equals(session.single("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                + database + "' AND TABLE_NAME = '" + table + "'"));
    }

    private static Set<String> lowerCase(List<String> names) {
        Set<String> result = new HashSet<>();
        names.forEach(name -> result.add(name.toLowerCase(Locale.ROOT)));
        return result;
    }
}
