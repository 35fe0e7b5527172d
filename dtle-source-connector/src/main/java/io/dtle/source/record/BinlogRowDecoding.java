package io.dtle.source.record;

import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import io.debezium.config.CommonConnectorConfig.EventProcessingFailureHandlingMode;
import io.debezium.connector.binlog.event.RowDeserializers;
import io.debezium.connector.binlog.event.TransactionPayloadDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The binlog client's event deserializer as Debezium sets it up. Its row deserializers
 * return the values Debezium's converters expect (strings as bytes to decode in the
 * column's charset from the DDL, temporal values as java.time, zero dates kept), so rows
 * from {@code WriteRowsEventData.getRows()} etc. go to {@link ChangeRecordFactory} as they are.
 * The binlog reader must install this on its BinaryLogClient.
 */
public final class BinlogRowDecoding {

    private BinlogRowDecoding() {
    }

    /** A new deserializer for one client connection; it keeps that connection's table maps. */
    public static EventDeserializer eventDeserializer(EventProcessingFailureHandlingMode onFailure) {
        Map<Long, TableMapEventData> tableMaps = new HashMap<>();
        EventDeserializer deserializer = new TableMapTrackingDeserializer(tableMaps);
        deserializer.setEventDataDeserializer(EventType.WRITE_ROWS,
                new RowDeserializers.WriteRowsDeserializer(tableMaps, onFailure));
        deserializer.setEventDataDeserializer(EventType.UPDATE_ROWS,
                new RowDeserializers.UpdateRowsDeserializer(tableMaps, onFailure));
        deserializer.setEventDataDeserializer(EventType.DELETE_ROWS,
                new RowDeserializers.DeleteRowsDeserializer(tableMaps, onFailure));
        deserializer.setEventDataDeserializer(EventType.EXT_WRITE_ROWS,
                new RowDeserializers.WriteRowsDeserializer(tableMaps, onFailure).setMayContainExtraInformation(true));
        deserializer.setEventDataDeserializer(EventType.EXT_UPDATE_ROWS,
                new RowDeserializers.UpdateRowsDeserializer(tableMaps, onFailure).setMayContainExtraInformation(true));
        deserializer.setEventDataDeserializer(EventType.EXT_DELETE_ROWS,
                new RowDeserializers.DeleteRowsDeserializer(tableMaps, onFailure).setMayContainExtraInformation(true));
        deserializer.setEventDataDeserializer(EventType.TRANSACTION_PAYLOAD,
                new TransactionPayloadDeserializer(tableMaps, onFailure));
        return deserializer;
    }

    /** Debezium's row deserializers need the table maps, also those inside compressed payloads. */
    private static final class TableMapTrackingDeserializer extends EventDeserializer {
        private final Map<Long, TableMapEventData> tableMaps;

        TableMapTrackingDeserializer(Map<Long, TableMapEventData> tableMaps) {
            this.tableMaps = tableMaps;
        }

        @Override
        public Event nextEvent(ByteArrayInputStream input) throws IOException {
            Event event = super.nextEvent(input);
            if (event == null) {
                return null;
            }
            remember(event);
            if (event.getHeader().getEventType() == EventType.TRANSACTION_PAYLOAD) {
                for (Event inner : ((TransactionPayloadEventData) event.getData()).getUncompressedEvents()) {
                    remember(inner);
                }
            }
            return event;
        }

        private void remember(Event event) {
            if (event.getHeader().getEventType() == EventType.TABLE_MAP && event.getData() != null) {
                TableMapEventData map = event.getData();
                tableMaps.put(map.getTableId(), map);
            }
        }
    }
}
