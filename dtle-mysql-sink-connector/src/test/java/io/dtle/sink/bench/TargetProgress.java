package io.dtle.sink.bench;

import io.dtle.testing.Await;
import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Times a copy into the target from its first row to its last, by polling the table every 100 ms: MAX(id), which
 * the primary key answers at once, until it reaches the last id, then COUNT(*) until every row is there (parallel
 * workers may commit the last id before an earlier one). Nothing reads Kafka, so no consumer competes for the CPU.
 */
public final class TargetProgress {
    private static final Duration TIMEOUT = Duration.ofMinutes(40);

    private TargetProgress() {
    }

    /** When the first row was seen and when the last one was ({@link System#nanoTime()}). */
    public record Span(long firstNanos, long lastNanos) {
        public double seconds() {
            return Math.max(lastNanos - firstNanos, 1) / 1e9;
        }

        /** From the first row on either target to the last row on both. */
        public Span union(Span other) {
            return new Span(Math.min(firstNanos, other.firstNanos), Math.max(lastNanos, other.lastNanos));
        }
    }

    /** Seconds from the first row seen in {@code table} to all {@code rows} rows (ids 1..rows). */
    static double await(LocalMySqlServer target, String table, int rows, Supplier<String> failure) throws SQLException {
        return watch(target, table, rows, rows, failure).seconds();
    }

    /**
     * Waits until {@code table} holds {@code rows} rows, the highest id being {@code lastId} (a row filter's target
     * holds only some ids); {@code failure} gives a failed connector's trace, or null while none failed.
     */
    public static Span watch(LocalMySqlServer target, String table, long lastId, long rows, Supplier<String> failure)
            throws SQLException {
        long[] firstNanos = {0};
        long[] lastSeen = {0};
        int[] polls = {0};
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            Await.until(rows + " rows in " + table + " on " + target, TIMEOUT, () -> {
                if (++polls[0] % 20 == 0) {
                    failIfFailed(failure);
                }
                long max = maxId(statement, table);
                long now = System.nanoTime();
                if (max > 0 && firstNanos[0] == 0) {
                    firstNanos[0] = now;
                }
                lastSeen[0] = max;
                return max >= lastId && count(statement, table) == rows;
            }, () -> "max id " + lastSeen[0]);
        }
        return new Span(firstNanos[0], System.nanoTime());
    }

    private static void failIfFailed(Supplier<String> failure) {
        String trace = failure.get();
        if (trace != null) {
            throw new AssertionError("the copy failed: " + trace);
        }
    }

    /** 0 while the table is empty or not created yet (the dtle sink creates it from the topic's DDL). */
    private static long maxId(Statement statement, String table) {
        try (ResultSet result = statement.executeQuery("SELECT MAX(id) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
