package io.dtle.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares tables on two servers: row counts and an order-independent checksum of every column of every
 * row; on a mismatch, the first differing primary keys with both rows. Every replication test ends with it.
 *
 * <pre>{@code
 * TableComparer.between(source, target).schemas("demo").assertEqual();
 * TableComparer.between(source, target).tables("demo.t").leftWhere("demo.t", "a < 5").assertEqual();
 * }</pre>
 */
public final class TableComparer {
    static final int DIFFERENCES_SHOWN = 10;

    private final JdbcEndpoint left;
    private final JdbcEndpoint right;
    private final List<String> tables = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private final List<String[]> renamed = new ArrayList<>();
    private final Map<String, String> leftConditions = new HashMap<>();

    private TableComparer(JdbcEndpoint left, JdbcEndpoint right) {
        this.left = left;
        this.right = right;
    }

    public static TableComparer between(JdbcEndpoint left, JdbcEndpoint right) {
        return new TableComparer(left, right);
    }

    /** Tables named {@code db.table}, compared under the same name on both sides. */
    public TableComparer tables(String... qualifiedNames) {
        tables.addAll(List.of(qualifiedNames));
        return this;
    }

    /**
     * Table {@code leftTable} on the left side against {@code rightTable} on the right (both {@code db.table}), for
     * jobs that write into renamed databases or tables, or to compare two tables of one server
     * ({@code between(target, target)}). Reported as {@code leftTable -> rightTable}.
     */
    public TableComparer table(String leftTable, String rightTable) {
        renamed.add(new String[] {leftTable, rightTable});
        return this;
    }

    /** Every table of these databases, on either side: a table on one side only is a difference. */
    public TableComparer schemas(String... databases) {
        schemas.addAll(List.of(databases));
        return this;
    }

    /**
     * Compares only the rows of the left side's {@code db.table} that satisfy {@code condition}, an SQL expression
     * the left server evaluates (a WHERE clause without the keyword): for a target fed through a row filter, such
     * as dtle's split by row condition. The right side is compared whole.
     */
    public TableComparer leftWhere(String qualifiedName, String condition) {
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException("an empty condition for " + qualifiedName + ": leave leftWhere out");
        }
        leftConditions.put(qualifiedName, condition);
        return this;
    }

    public ComparisonReport compare() {
        try (Connection leftConnection = left.connect(); Connection rightConnection = right.connect()) {
            List<TableComparison> results = new ArrayList<>();
            boolean onlyPairs = tables.isEmpty() && schemas.isEmpty() && !renamed.isEmpty();
            for (String table : onlyPairs ? List.<String>of() : tablesToCompare(leftConnection, rightConnection)) {
                results.add(new TableDiff(table, table, leftConnection, rightConnection, leftConditions.get(table))
                        .compare());
            }
            for (String[] pair : renamed) {
                results.add(new TableDiff(pair[0], pair[1], leftConnection, rightConnection,
                        leftConditions.get(pair[0])).compare());
            }
            return new ComparisonReport(left.toString(), right.toString(), results);
        } catch (SQLException e) {
            throw new IllegalStateException("comparing " + left + " with " + right + " failed: " + e.getMessage(), e);
        }
    }

    /** Compares and throws an AssertionError describing every difference unless all tables are equal. */
    public ComparisonReport assertEqual() {
        ComparisonReport report = compare();
        if (!report.equal()) {
            throw new AssertionError(report.describe());
        }
        return report;
    }

    private List<String> tablesToCompare(Connection leftConnection, Connection rightConnection) throws SQLException {
        TreeSet<String> all = new TreeSet<>(tables);
        for (String schema : schemas) {
            all.addAll(tablesOf(leftConnection, schema));
            all.addAll(tablesOf(rightConnection, schema));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: name tables or schemas (none found in " + schemas + ")");
        }
        return List.copyOf(all);
    }

    private static List<String> tablesOf(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rows = metaData.getTables(schema, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(schema + "." + rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
