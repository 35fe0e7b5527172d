package io.dtle.source.record;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import io.debezium.config.CommonConnectorConfig.EventProcessingFailureHandlingMode;
import io.debezium.relational.TableId;
import io.dtle.source.schema.SchemaChange;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * A minimal binlog reader for the parity test (the real one lives in io.dtle.source.binlog):
 * it decodes rows the way {@link BinlogRowDecoding} sets up and feeds them to the factory.
 */
final class MiniBinlogReader implements AutoCloseable {

    private final BinaryLogClient client;
    private final SourceSchemaRegistry registry;
    private final ChangeRecordFactory factory;
    private final List<ChangeRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final List<SchemaChangeRecord> schemaChanges = Collections.synchronizedList(new ArrayList<>());
    private final SchemaChangeRecordFactory schemaChangeFactory;
    private final Map<Long, TableMapEventData> tableMaps = new HashMap<>();
    private volatile Exception failure;
    private String file;
    private String gtid;
    private Long thread;
    private Instant commitTime;

    MiniBinlogReader(String host, int port, String file, long pos, SourceSchemaRegistry registry,
            ChangeRecordFactory factory) {
        this.registry = registry;
        this.factory = factory;
        this.schemaChangeFactory = new SchemaChangeRecordFactory(registry.config());
        this.file = file;
        this.client = new BinaryLogClient(host, port, "root", "");
        client.setServerId(6401);
        client.setBinlogFilename(file);
        client.setBinlogPosition(pos);
        client.setEventDeserializer(BinlogRowDecoding.eventDeserializer(EventProcessingFailureHandlingMode.FAIL));
        client.registerEventListener(this::onEvent);
    }

    void start() throws IOException, TimeoutException {
        client.connect(30_000);
    }

    List<ChangeRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    Exception failure() {
        return failure;
    }

    private void onEvent(Event event) {
        try {
            handle(event);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void handle(Event event) {
        EventHeaderV4 header = event.getHeader();
        switch (header.getEventType()) {
            case ROTATE -> file = ((RotateEventData) event.getData()).getBinlogFilename();
            case GTID -> {
                GtidEventData data = event.getData();
                gtid = data.getMySqlGtid().toString();
                // Like Debezium: MySQL 8's commit timestamp (microseconds) rather than the header's seconds.
                commitTime = data.getOriginalCommitTimestamp() > 0
                        ? Instant.EPOCH.plus(data.getOriginalCommitTimestamp(), ChronoUnit.MICROS) : null;
            }
            case QUERY -> onQuery(header, event.getData());
            case TABLE_MAP -> {
                TableMapEventData map = event.getData();
                tableMaps.put(map.getTableId(), map);
            }
            case WRITE_ROWS, EXT_WRITE_ROWS -> {
                WriteRowsEventData data = event.getData();
                emit(header, data.getTableId(), data.getRows().stream().map(r -> pair(null, r)).toList());
            }
            case UPDATE_ROWS, EXT_UPDATE_ROWS -> {
                UpdateRowsEventData data = event.getData();
                emit(header, data.getTableId(), data.getRows().stream().map(r -> pair(r.getKey(), r.getValue())).toList());
            }
            case DELETE_ROWS, EXT_DELETE_ROWS -> {
                DeleteRowsEventData data = event.getData();
                emit(header, data.getTableId(), data.getRows().stream().map(r -> pair(r, null)).toList());
            }
            default -> {
            }
        }
    }

    private void onQuery(EventHeaderV4 header, QueryEventData query) {
        thread = query.getThreadId();
        String sql = query.getSql();
        if (!"BEGIN".equalsIgnoreCase(sql) && !"COMMIT".equalsIgnoreCase(sql)) {
            BinlogCoordinates at = coordinates(header);
            for (SchemaChange change : registry.applyDdl(query.getDatabase(), sql).schemaChanges()) {
                schemaChanges.add(schemaChangeFactory.record(change, SourcePosition.binlog(change.database(), null, at,
                        0)));
            }
        }
    }

    private BinlogCoordinates coordinates(EventHeaderV4 header) {
        return new BinlogCoordinates(header.getServerId(), gtid, file, header.getPosition(),
                commitTime != null ? commitTime : Instant.ofEpochMilli(header.getTimestamp()), thread);
    }

    List<SchemaChangeRecord> schemaChanges() {
        synchronized (schemaChanges) {
            return List.copyOf(schemaChanges);
        }
    }

    private void emit(EventHeaderV4 header, long tableNumber, List<Serializable[][]> rows) {
        TableMapEventData map = tableMaps.get(tableNumber);
        TableId id = new TableId(map.getDatabase(), null, map.getTable());
        if (registry.table(id).isEmpty()) {
            return;
        }
        BinlogCoordinates at = coordinates(header);
        for (int i = 0; i < rows.size(); i++) {
            Serializable[][] change = rows.get(i);
            records.addAll(factory.change(registry.schemaFor(id), change[0], change[1],
                    SourcePosition.binlog(id.catalog(), id.table(), at, i), new TransactionBlock(gtid, i + 1, i + 1)));
        }
    }

    private static Serializable[][] pair(Serializable[] before, Serializable[] after) {
        return new Serializable[][] {before, after};
    }

    @Override
    public void close() throws IOException {
        client.disconnect();
    }
}
