package io.dtle.sink.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer's statement text by (kind, row count). Batches of the same size recur (the applier bounds
 * them), so a 1000-row INSERT is built once. Bounded: at most {@link #LIMIT} texts per writer.
 * Safe for concurrent use; a race builds a text twice, which is harmless.
 */
final class StatementCache {

    private static final int LIMIT = 256;

    private enum Kind { INSERT, UPSERT, DELETE_BY_KEYS }

    private final Map<Long, String> byKindAndRows = new ConcurrentHashMap<>();
    private volatile String update;
    private volatile String deleteByRow;

    String insert(RowStatements statements, int rows) {
        return cached(Kind.INSERT, rows, statements);
    }

    String upsert(RowStatements statements, int rows) {
        return cached(Kind.UPSERT, rows, statements);
    }

    String deleteByKeys(RowStatements statements, int rows) {
        return cached(Kind.DELETE_BY_KEYS, rows, statements);
    }

    String update(RowStatements statements) {
        if (update == null) {
            update = statements.update();
        }
        return update;
    }

    String deleteByRow(RowStatements statements) {
        if (deleteByRow == null) {
            deleteByRow = statements.deleteByRow();
        }
        return deleteByRow;
    }

    private String cached(Kind kind, int rows, RowStatements statements) {
        long cacheKey = (long) kind.ordinal() << 32 | rows;
        String sql = byKindAndRows.get(cacheKey);
        if (sql == null) {
            sql = switch (kind) {
                case INSERT -> statements.insert(rows);
                case UPSERT -> statements.upsert(rows);
                case DELETE_BY_KEYS -> statements.deleteByKeys(rows);
            };
            if (byKindAndRows.size() >= LIMIT) {
                byKindAndRows.clear();
            }
            byKindAndRows.put(cacheKey, sql);
        }
        return sql;
    }
}
