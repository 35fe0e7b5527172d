package io.dtle.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Compares one table on two connections. The first pass streams both sides for counts and checksums;
 * only when they differ does a second pass hold the left side's keys in memory to name the differing rows.
 */
final class TableDiff {
    private final String table;
    private final TableShape leftShape;
    private final TableShape rightShape;
    private final Connection leftConnection;
    private final Connection rightConnection;
    /** Only the left rows satisfying it are compared; null for all. */
    private final String leftWhere;
    private final MessageDigest digest = sha256();

    /**
     * Compares {@code leftTable} on the left connection with {@code rightTable} on the right one; with
     * {@code leftWhere} (null for all) only the left rows satisfying it.
     */
    TableDiff(String leftTable, String rightTable, Connection leftConnection, Connection rightConnection,
              String leftWhere) throws SQLException {
        this.table = leftTable.equals(rightTable) ? leftTable : leftTable + " -> " + rightTable;
        this.leftWhere = leftWhere;
        this.leftConnection = leftConnection;
        this.rightConnection = rightConnection;
        this.leftShape = TableShape.read(leftConnection, leftTable);
        this.rightShape = TableShape.read(rightConnection, rightTable);
    }

    TableComparison compare() throws SQLException {
        List<String> columns = TableShape.unionOfColumns(leftShape, rightShape);
        TableSummary left = summarise(leftConnection, leftShape, columns);
        TableSummary right = summarise(rightConnection, rightShape, columns);
        if (left.equals(right) || !left.exists() || !right.exists()) {
            return new TableComparison(table, left, right, List.of());
        }
        return new TableComparison(table, left, right, findDifferences(columns));
    }

    private TableSummary summarise(Connection connection, TableShape shape, List<String> columns) throws SQLException {
        if (!shape.exists()) {
            return TableSummary.MISSING;
        }
        long[] countAndSum = new long[2];
        scan(connection, shape, columns, row -> {
            countAndSum[0]++;
            countAndSum[1] += hash(row.canonical());
        });
        return new TableSummary(true, countAndSum[0], countAndSum[1]);
    }

    /** Names the differing rows: the left side's keys and hashes in memory, then the right side streamed past them. */
    private List<RowDifference> findDifferences(List<String> columns) throws SQLException {
        List<String> keyColumns = leftShape.keyColumns().isEmpty() ? rightShape.keyColumns() : leftShape.keyColumns();
        Map<String, long[]> leftHashAndCount = new HashMap<>();
        scan(leftConnection, leftShape, columns, row -> leftHashAndCount.merge(row.key(keyColumns),
                new long[] {hash(row.canonical()), 1}, (a, b) -> new long[] {a[0], a[1] + 1}));
        TreeMap<String, String> rightOnlyOrChanged = new TreeMap<>(KeyOrder.INSTANCE);
        scan(rightConnection, rightShape, columns, row -> {
            String key = row.key(keyColumns);
            long[] left = leftHashAndCount.get(key);
            if (left == null || left[0] != hash(row.canonical())) {
                keepFirst(rightOnlyOrChanged, key, row.display());
            }
            if (left != null && --left[1] == 0) {
                leftHashAndCount.remove(key);
            }
        });
        TreeSet<String> differing = new TreeSet<>(KeyOrder.INSTANCE);
        differing.addAll(rightOnlyOrChanged.keySet());
        leftHashAndCount.keySet().forEach(differing::add);
        List<String> shown = differing.stream().limit(TableComparer.DIFFERENCES_SHOWN).toList();
        Map<String, String> leftDisplay = new HashMap<>();
        scan(leftConnection, leftShape, columns, row -> {
            String key = row.key(keyColumns);
            if (shown.contains(key)) {
                leftDisplay.putIfAbsent(key, row.display());
            }
        });
        return shown.stream().map(key -> new RowDifference(key, leftDisplay.get(key), rightOnlyOrChanged.get(key))).toList();
    }

    private static void keepFirst(TreeMap<String, String> rows, String key, String display) {
        rows.putIfAbsent(key, display);
        if (rows.size() > TableComparer.DIFFERENCES_SHOWN) {
            rows.pollLastEntry();
        }
    }

    private void scan(Connection connection, TableShape shape, List<String> columns, Consumer<RowValues> consumer)
            throws SQLException {
        String sql = "SELECT " + String.join(", ", shape.selectList(columns)) + " FROM " + shape.quotedName();
        if (connection == leftConnection && leftWhere != null) {
            sql += " WHERE (" + leftWhere + ")";
        }
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE); // Connector/J streams rows instead of loading the table
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    consumer.accept(RowValues.read(rows, columns, shape));
                }
            }
        }
    }

    private long hash(String canonical) {
        byte[] bytes = digest.digest(canonical.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(bytes).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
