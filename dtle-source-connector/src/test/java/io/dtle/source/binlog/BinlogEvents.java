package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.MySqlGtid;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.XidEventData;
import java.io.Serializable;
import java.util.BitSet;
import java.util.List;

/** Builds binlog client events by hand, each 100 bytes long and laid out one after the other from position 4. */
final class BinlogEvents {
    private long nextPosition = 4;

    Event rotate(String file, long pos) {
        RotateEventData data = new RotateEventData();
        data.setBinlogFilename(file);
        data.setBinlogPosition(pos);
        nextPosition = pos;
        return new Event(header(EventType.ROTATE, 0), data);
    }

    Event gtid(String gtid, long lastCommitted, long sequenceNumber) {
        GtidEventData data = new GtidEventData(MySqlGtid.fromString(gtid), (byte) 0, lastCommitted, sequenceNumber,
                0, 1_700_000_000_000_000L, 0, 0, 0);
        return event(EventType.GTID, data);
    }

    Event mariaDbGtid(long domain, long serverId, long sequence, boolean standalone) {
        MariadbGtidEventData data = new MariadbGtidEventData();
        data.setDomainId(domain);
        data.setSequence(sequence);
        data.setFlags(standalone ? MariadbGtidEventData.FL_STANDALONE : 0);
        EventHeaderV4 header = header(EventType.MARIADB_GTID, 100);
        header.setServerId(serverId);
        return new Event(header, data);
    }

    Event query(String database, String sql) {
        QueryEventData data = new QueryEventData();
        data.setDatabase(database);
        data.setSql(sql);
        return event(EventType.QUERY, data);
    }

    Event tableMap(long tableId, String database, String table) {
        TableMapEventData data = new TableMapEventData();
        data.setTableId(tableId);
        data.setDatabase(database);
        data.setTable(table);
        data.setColumnTypes(new byte[] {3, 15});
        data.setColumnMetadata(new int[] {0, 80});
        data.setColumnNullability(new BitSet());
        return event(EventType.TABLE_MAP, data);
    }

    Event insert(long tableId, Serializable[]... rows) {
        WriteRowsEventData data = new WriteRowsEventData();
        data.setTableId(tableId);
        data.setRows(List.of(rows));
        return event(EventType.EXT_WRITE_ROWS, data);
    }

    Event xid(long xid) {
        XidEventData data = new XidEventData();
        data.setXid(xid);
        return event(EventType.XID, data);
    }

    long nextPosition() {
        return nextPosition;
    }

    private Event event(EventType type, EventData data) {
        return new Event(header(type, 100), data);
    }

    private EventHeaderV4 header(EventType type, long length) {
        EventHeaderV4 header = new EventHeaderV4();
        header.setEventType(type);
        header.setTimestamp(1_700_000_000_000L);
        header.setEventLength(length);
        nextPosition += length;
        header.setNextPosition(nextPosition);
        return header;
    }
}
