package io.dtle.source.check;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.expr.WhereException;
import io.dtle.common.expr.WhereExpression;
import io.dtle.source.CaptureConfigKeys;
import io.dtle.source.WhereConditions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each {@code where.<db>.<table>} condition must name only columns its table has: a typo would
 * otherwise make every row unknown and the stream silently empty.
 */
final class WhereColumnsCheck {
    private WhereColumnsCheck() {
    }

    static List<ConfigProblem> problems(ServerSession session, WhereConditions conditions) throws SQLException {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Map.Entry<String, WhereExpression> entry : conditions.expressions().entrySet()) {
            String table = entry.getKey();
            int dot = table.indexOf('.');
            List<String> columns = session.column("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
                    + quoted(table.substring(0, dot)) + "' AND TABLE_NAME = '" + quoted(table.substring(dot + 1)) + "'");
            String key = CaptureConfigKeys.WHERE_PREFIX + table;
            if (columns.isEmpty()) {
                problems.add(ConfigProblem.of(key, "The table " + table + " of " + key + " does not exist on the "
                        + "server or the user cannot see it; create it, grant SELECT on it, or correct the key."));
                continue;
            }
            try {
                entry.getValue().checkColumns(table, columns);
            } catch (WhereException e) {
                problems.add(ConfigProblem.of(key, e.getMessage()));
            }
        }
        return problems;
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("'", "''");
    }
}
