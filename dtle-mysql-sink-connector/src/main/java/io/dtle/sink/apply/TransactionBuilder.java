package io.dtle.sink.apply;

import io.dtle.sink.sql.RowWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Collects one source transaction's changes into steps: consecutive changes of one kind to one table become one
 * batch of at most {@code batchSize} rows. Also gathers the write-set (table + key values of every row touched)
 * and whether the transaction must run alone (a table without a key, a foreign-key parent, DDL).
 */
final class TransactionBuilder {
    private final ApplyContext context;
    private final int batchSize;
    private final List<Step> steps = new ArrayList<>();
    private final Set<Object> writeSet = new HashSet<>();
    private boolean exclusive;
    private RowBatch open;
    private int rows;
    private int buffered;

    TransactionBuilder(ApplyContext context, int batchSize) {
        this.context = context;
        this.batchSize = batchSize;
    }

    void row(Connection metadata, RowBatch.Kind kind, String database, String table, Schema rowSchema, Struct before,
             Struct after) throws SQLException {
        if (open == null || !open.accepts(kind, database, table, rowSchema) || open.rows() >= batchSize) {
            open = new RowBatch(kind, database, table, rowSchema, context.writers(), context.metrics());
            steps.add(open);
        }
        open.add(before, after);
        rows++;
        buffered++;
        RowWriter writer = open.writer(metadata);
        if (!writer.hasRowIdentity()
                || context.foreignKeyChecks() && context.writers().isForeignKeyParent(metadata, database, table)) {
            exclusive = true;
        }
        if (!exclusive) {
            if (before != null) {
                writeSet.addAll(writer.keys(before));
            }
            if (after != null) {
                writeSet.addAll(writer.keys(after));
            }
        }
    }

    void step(Step step) {
        steps.add(step);
        open = null;
        exclusive = true;
    }

    boolean hasDdl(String ddl) {
        return steps.stream().anyMatch(step -> step instanceof DdlStep d && d.ddl().equals(ddl));
    }

    List<Step> steps() {
        return steps;
    }

    /** Steps taken out to be applied now (a transaction too big to hold); the open batch stays. */
    List<Step> takeFullSteps() {
        List<Step> full = new ArrayList<>(steps);
        steps.clear();
        if (open != null && full.remove(open)) {
            steps.add(open);
        }
        buffered = open == null ? 0 : open.rows();
        return full;
    }

    Set<Object> writeSet() {
        return exclusive ? Set.of() : writeSet;
    }

    boolean exclusive() {
        return exclusive;
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Row changes in the whole transaction so far. */
    int rows() {
        return rows;
    }

    /** Row changes held in memory now. */
    int bufferedRows() {
        return buffered;
    }
}
