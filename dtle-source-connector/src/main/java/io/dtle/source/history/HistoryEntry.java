package io.dtle.source.history;

import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.schema.AppliedDdl;
import java.util.List;
import java.util.Objects;

/**
 * One record of the schema history topic: a baseline (every captured table's definition and the databases, as
 * statements, at a position where they held) or one accepted DDL statement with the position right after it.
 */
public record HistoryEntry(Kind kind, BinlogPosition position, List<AppliedDdl> statements) {
    public enum Kind { BASELINE, DDL }

    public HistoryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        statements = List.copyOf(statements);
        if (kind == Kind.DDL && statements.size() != 1) {
            throw new IllegalArgumentException("a DDL entry holds one statement, not " + statements.size());
        }
    }

    public static HistoryEntry baseline(BinlogPosition position, List<AppliedDdl> statements) {
        return new HistoryEntry(Kind.BASELINE, position, statements);
    }

    public static HistoryEntry ddl(BinlogPosition position, AppliedDdl statement) {
        return new HistoryEntry(Kind.DDL, position, List.of(statement));
    }
}
