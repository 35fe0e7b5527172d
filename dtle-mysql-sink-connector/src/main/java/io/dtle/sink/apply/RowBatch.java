package io.dtle.sink.apply;

import io.dtle.sink.sql.RowWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consecutive changes of one kind to one table, written as one multi-row statement where the kind allows. Binlog
 * changes are applied as what they were; only snapshot rows and per-table topics are upserts.
 */
final class RowBatch implements Step {
    private static final Logger LOG = LoggerFactory.getLogger(RowBatch.class);
    private static final int DUPLICATE_KEY = 1062;
    private static final int MAX_ROW_TEXT = 300;

    enum Kind {
        /** A binlog insert. A duplicate primary key (a row both in the snapshot and streamed) replaces that row. */
        INSERT,
        UPDATE,
        DELETE,
        /** Idempotent insert-or-replace: snapshot rows, per-table topics. */
        UPSERT
    }

    private final Kind kind;
    private final String database;
    private final String table;
    private final Schema rowSchema;
    private final TableWriters writers;
    private final ApplyMetrics metrics;
    private final List<Struct> befores = new ArrayList<>();
    private final List<Struct> afters = new ArrayList<>();

    RowBatch(Kind kind, String database, String table, Schema rowSchema, TableWriters writers, ApplyMetrics metrics) {
        this.kind = kind;
        this.database = database;
        this.table = table;
        this.rowSchema = rowSchema;
        this.writers = writers;
        this.metrics = metrics;
    }

    boolean accepts(Kind kind, String database, String table, Schema rowSchema) {
        return this.kind == kind && this.table.equals(table) && this.database.equals(database)
                && this.rowSchema == rowSchema;
    }

    /**
     * Takes the rows of {@code next}, a later batch, when it is the same kind of change to the same table and both
     * fit in one statement of {@code batchSize} rows; the rows keep their order.
     */
    boolean absorb(RowBatch next, int batchSize) {
        if (!accepts(next.kind, next.database, next.table, next.rowSchema) || rows() + next.rows() > batchSize) {
            return false;
        }
        befores.addAll(next.befores);
        afters.addAll(next.afters);
        return true;
    }

    void add(Struct before, Struct after) {
        befores.add(before);
        afters.add(after);
    }

    RowWriter writer(Connection connection) throws SQLException {
        return writers.writer(connection, database, table, rowSchema);
    }

    List<Struct> befores() {
        return befores;
    }

    List<Struct> afters() {
        return afters;
    }

    Kind kind() {
        return kind;
    }

    @Override
    public int rows() {
        return afters.size();
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        RowWriter writer = writer(connection);
        switch (kind) {
            case INSERT -> insert(connection, writer);
            case UPSERT -> writer.upsert(connection, afters);
            case DELETE -> writer.delete(connection, befores);
            case UPDATE -> {
                for (int i = 0; i < befores.size(); i++) {
                    if (writer.update(connection, befores.get(i), afters.get(i)) == 0) {
                        metrics.updateMissedRow();
                        LOG.warn("An update of {}.{} found no row with the old row's key on the target; the target "
                                + "had diverged from the source before this change", database, table);
                    }
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private void insert(Connection connection, RowWriter writer) throws SQLException {
        try {
            writer.insert(connection, afters);
        } catch (SQLException e) {
            if (e.getErrorCode() != DUPLICATE_KEY) {
                throw e;
            }
            // InnoDB undid just the failed statement. A row copied by the snapshot and also streamed (see
            // docs/SOURCE.md, "Snapshot consistency") is replaced by key; a clash on another unique key still fails.
            metrics.insertReplacedRows(afters.size());
            writer.replaceByKey(connection, afters);
        }
    }

    /** The kind, the source table, the number of rows and the first row, cut short, for error messages. */
    @Override
    public String toString() {
        if (afters.isEmpty()) {
            return kind + " of no rows of " + database + "." + table;
        }
        String row = String.valueOf(kind == Kind.DELETE ? befores.get(0) : afters.get(0));
        if (row.length() > MAX_ROW_TEXT) {
            row = row.substring(0, MAX_ROW_TEXT) + "...";
        }
        return kind + " of " + afters.size() + " row(s) of " + database + "." + table + ", first " + row;
    }
}
