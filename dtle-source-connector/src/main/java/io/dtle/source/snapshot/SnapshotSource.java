package io.dtle.source.snapshot;

import io.debezium.connector.SnapshotRecord;
import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.dtle.common.expr.WhereExpression;
import io.dtle.source.binlog.BinlogPosition;
import io.dtle.source.metric.SnapshotMetrics;
import io.dtle.source.record.ChangeRecord;
import io.dtle.source.record.SnapshotMarkers;
import io.dtle.source.record.SnapshotRowReader;
import io.dtle.source.record.SourcePosition;
import io.dtle.source.stream.RecordSource;
import io.dtle.source.stream.StreamContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the captured tables, one chunk of {@code snapshot.chunk.size} rows per query, inside one consistent-read
 * transaction, as op 'r' records with Debezium's snapshot markers. At most one chunk is held in memory.
 */
public final class SnapshotSource implements RecordSource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSource.class);

    /** The snapshot's tables (with their definitions) and where it starts in them. */
    public record Plan(TableDefinitions definitions, int firstTable, List<String> firstKey,
                       BinlogPosition streamFrom) {
        public List<TableId> tables() {
            return definitions.tables();
        }
    }

    private final Connection connection;
    private final StreamContext context;
    private final Plan plan;
    private final int chunkSize;
    private final SnapshotRowReader rowReader;
    private final Deque<SourceRecord> buffer = new ArrayDeque<>();
    private final Instant startedAt = Instant.now();
    private final SnapshotProgress progress;
    private final SnapshotSchemaRecords schemaRecords;
    private int tableIndex;
    private List<String> lastKey;
    private ChunkQuery query;
    private long copiedInTable;
    private boolean done;

    public SnapshotSource(Connection connection, StreamContext context, Plan plan, int chunkSize,
                          SnapshotMetrics metrics) throws SQLException {
        this.connection = connection;
        this.context = context;
        this.plan = plan;
        this.chunkSize = chunkSize;
        this.rowReader = new SnapshotRowReader(context.registry().config());
        this.progress = new SnapshotProgress(metrics);
        progress.start(connection, plan.tables().subList(plan.firstTable(), plan.tables().size()),
                plan.tables().size());
        this.schemaRecords = new SnapshotSchemaRecords(context, plan.definitions(), plan.streamFrom(), startedAt);
        this.tableIndex = plan.firstTable();
        this.lastKey = plan.firstKey();
    }

    public boolean isDone() {
        return done && buffer.isEmpty();
    }

    public BinlogPosition streamFrom() {
        return plan.streamFrom();
    }

    @Override
    public List<SourceRecord> poll() {
        try {
            while (buffer.isEmpty() && !done) {
                readChunk();
            }
        } catch (SQLException e) {
            throw new RetriableException("Snapshot of " + currentTable() + " failed: " + e.getMessage(), e);
        }
        List<SourceRecord> records = new ArrayList<>(Math.min(buffer.size(), context.maxBatchSize()));
        while (!buffer.isEmpty() && records.size() < context.maxBatchSize()) {
            records.add(buffer.poll());
        }
        return records;
    }

    private void readChunk() throws SQLException {
        if (tableIndex >= plan.tables().size()) {
            finish();
            return;
        }
        TableId id = plan.tables().get(tableIndex);
        Table table = context.registry().table(id).orElseThrow(() -> new ConnectException("No definition of " + id));
        Map<String, Object> before = SnapshotOffsets.encode(plan.streamFrom(), id, lastKey);
        int buffered = buffer.size();
        if (query == null) {
            query = startTable(table);
            buffer.addAll(schemaRecords.beforeTable(id, before));
        }
        TableSchema schema = context.registry().schemaFor(id);
        List<Object[]> rows = new ArrayList<>();
        List<String> chunkEnd = lastKey;
        boolean more = false;
        try (PreparedStatement statement = connection.prepareStatement(query.sql(lastKey, chunkSize))) {
            if (query.keyed() && lastKey != null) {
                for (int i = 0; i < lastKey.size(); i++) {
                    statement.setString(i + 1, lastKey.get(i));
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (rows.size() == chunkSize) {
                        more = true;
                        break;
                    }
                    rows.add(rowReader.read(result, table));
                    chunkEnd = query.keyed() ? keyOf(result) : List.of(Long.toString(copiedInTable + rows.size()));
                }
            }
        }
        emit(id, schema, rows, more, before, SnapshotOffsets.encode(plan.streamFrom(), id, chunkEnd));
        if (buffer.size() > buffered) {
            // One Kafka transaction per chunk: its last record carries the offset a resumed snapshot starts from.
            context.boundaries().commitAfter(buffer.peekLast());
        }
        copiedInTable += rows.size();
        progress.chunk(id, rows.size(), copiedInTable);
        if (more) {
            lastKey = chunkEnd;
        } else {
            progress.tableDone();
            tableIndex++;
            lastKey = null;
            query = null;
        }
    }

    /** Buffers each row's record with its snapshot marker; the chunk's last row carries the chunk's offset. */
    private void emit(TableId id, TableSchema schema, List<Object[]> rows, boolean more, Map<String, Object> before,
                      Map<String, Object> after) {
        boolean firstTable = tableIndex == 0;
        boolean lastTable = tableIndex == plan.tables().size() - 1;
        String topic = context.router().rows(id.catalog(), id.table());
        Integer partition = context.router().ordered() ? 0 : null;
        for (int i = 0; i < rows.size(); i++) {
            SnapshotRecord marker = SnapshotMarkers.forRow(firstTable, lastTable, copiedInTable == 0 && i == 0,
                    !more && i == rows.size() - 1);
            SourcePosition at = SourcePosition.snapshot(id.catalog(), id.table(),
                    plan.streamFrom().file().orElse(""), plan.streamFrom().pos(), startedAt, marker);
            ChangeRecord record = context.changeRecords().read(schema, rows.get(i), at, null);
            buffer.add(new SourceRecord(context.partition(), i == rows.size() - 1 ? after : before, topic,
                    partition, record.keySchema(), record.key(), record.valueSchema(), record.value(), null,
                    record.headers()));
        }
    }

    private ChunkQuery startTable(Table table) throws SQLException {
        List<String> keys = SnapshotKeys.of(connection, table);
        WhereExpression condition = context.rows().condition(table.id().catalog(), table.id().table());
        if (keys.isEmpty()) {
            LOG.warn("Table {} has no primary key and no unique key of NOT NULL columns: its chunks are read by row "
                    + "number, each query scanning the rows before it", table.id());
        }
        copiedInTable = lastKey == null ? 0 : keys.isEmpty() ? Long.parseLong(lastKey.get(0)) : 0;
        progress.startTable(table.id(), condition == null ? null : condition.text());
        return new ChunkQuery(table, keys, condition == null ? null : condition.text());
    }

    private List<String> keyOf(ResultSet result) throws SQLException {
        List<String> key = new ArrayList<>(query.keyColumns().size());
        for (String column : query.keyColumns()) {
            key.add(result.getString(column));
        }
        return key;
    }

    private void finish() throws SQLException {
        done = true;
        connection.commit();
        progress.done();
        LOG.info("Snapshot of {} tables complete in {} s; streaming starts from {}", plan.tables().size(),
                java.time.Duration.between(startedAt, Instant.now()).toSeconds(), plan.streamFrom());
    }

    private String currentTable() {
        return tableIndex < plan.tables().size() ? plan.tables().get(tableIndex).toString() : "the tables";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the snapshot connection failed", e);
        }
    }
}
