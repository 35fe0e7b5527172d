package io.dtle.sink.sql;

import io.dtle.sink.table.TableName;
import io.dtle.sink.table.TargetTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;

/**
 * Applies Debezium change records, read back as Connect data the way a sink task gets them, with
 * {@link RowWriter}: consecutive c/r rows of one table as one multi-row insert/upsert, u as update,
 * d as delete. A test stand-in for the real applier, which lives elsewhere.
 */
final class EnvelopeApplier implements AutoCloseable {

    private final Connection connection;
    private final JsonConverter converter = new JsonConverter();
    private final TargetTables tables = new TargetTables();
    private final Map<Schema, RowWriter> writers = new HashMap<>();
    private final ServerDialect dialect;
    private final List<Struct> pending = new ArrayList<>();
    private RowWriter pendingWriter;
    private String pendingOp;
    private final List<String> updateMisses = new ArrayList<>();

    EnvelopeApplier(Connection connection) throws SQLException {
        this.connection = connection;
        // replace.null.with.default=false: a NULL column value must stay NULL, not become the column's default.
        converter.configure(Map.of("schemas.enable", "true", "replace.null.with.default", "false"), false);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
            // As a replica applies row events: whatever the source stored (zero dates, the '' ENUM error value)
            // is stored again rather than refused by strict mode; 0 in an AUTO_INCREMENT column stays 0.
            statement.execute("SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO'");
        }
        this.dialect = ServerDialect.detect(connection);
    }

    /** Applies the records in one transaction and commits. */
    void apply(List<ConsumerRecord<byte[], byte[]>> records) throws SQLException {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            SchemaAndValue value = converter.toConnectData(record.topic(), record.value());
            if (value.value() == null) {
                continue;  // tombstone
            }
            apply((Struct) value.value());
        }
        flush();
        connection.commit();
    }

    /** Updates that matched no row, as "table: before"; a correct applier has none. */
    List<String> updateMisses() {
        return updateMisses;
    }

    private void apply(Struct envelope) throws SQLException {
        String op = envelope.getString("op");
        Struct source = envelope.getStruct("source");
        TableName table = TableName.of(source.getString("db"), source.getString("table"));
        Struct row = "d".equals(op) ? envelope.getStruct("before") : envelope.getStruct("after");
        RowWriter writer = writer(table, row.schema());
        if (("c".equals(op) || "r".equals(op)) && writer == pendingWriter && op.equals(pendingOp)) {
            pending.add(row);
            return;
        }
        flush();
        switch (op) {
            case "c", "r" -> {
                pendingWriter = writer;
                pendingOp = op;
                pending.add(row);
            }
            case "u" -> {
                if (writer.update(connection, envelope.getStruct("before"), row) != 1) {
                    updateMisses.add(table + ": " + envelope.getStruct("before"));
                }
            }
            case "d" -> writer.delete(connection, List.of(row));
            default -> throw new IllegalArgumentException("op " + op);
        }
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        if ("r".equals(pendingOp)) {
            pendingWriter.upsert(connection, pending);
        } else {
            pendingWriter.insert(connection, pending);
        }
        pending.clear();
        pendingWriter = null;
    }

    private RowWriter writer(TableName table, Schema rowSchema) throws SQLException {
        RowWriter writer = writers.get(rowSchema);
        if (writer == null) {
            writer = RowWriter.create(rowSchema, tables.get(connection, table), ColumnMapping.identity(), dialect);
            writers.put(rowSchema, writer);
        }
        return writer;
    }

    @Override
    public void close() throws SQLException {
        converter.close();
        connection.close();
    }
}
