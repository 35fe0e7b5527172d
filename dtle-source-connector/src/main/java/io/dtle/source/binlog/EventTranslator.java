package io.dtle.source.binlog;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.TransactionPayloadEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.XidEventData;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Turns the binlog client's events into {@link BinlogEvent}s with their positions, one row at a time, and drops
 * the events of a resumed transaction that were delivered before the restart.
 *
 * <p>A transaction opens at a GTID event (MySQL, MariaDB) or, without GTIDs, at {@code BEGIN}; it closes at an XID
 * event, a {@code COMMIT}, or right after a statement that was not inside {@code BEGIN} (a DDL commits itself).
 */
final class EventTranslator {
    private final PositionTracker tracker;
    private final EventSink sink;
    private final Map<Long, TableInfo> tables = new HashMap<>();
    private boolean explicit;
    private long skip;

    EventTranslator(BinlogPosition start, EventSink sink) {
        this.tracker = new PositionTracker(start);
        this.sink = sink;
    }

    void accept(Event event) throws InterruptedException, IOException {
        EventHeaderV4 header = event.getHeader();
        if (header.getEventType() == EventType.TRANSACTION_PAYLOAD) {
            acceptPayload(event.getData(), header);
        } else {
            handle(event, header);
        }
    }

    /** Inner events have no position of their own: a compressed transaction ends where its payload event ends. */
    private void acceptPayload(TransactionPayloadEventData data, EventHeaderV4 outer) throws InterruptedException,
            IOException {
        try (CompressedTransaction transaction = new CompressedTransaction(data)) {
            for (Event inner = transaction.next(); inner != null; inner = transaction.next()) {
                handle(inner, outer);
            }
        }
    }

    private void handle(Event event, EventHeaderV4 at) throws InterruptedException {
        long time = event.getHeader().getTimestamp();
        switch (event.getHeader().getEventType()) {
            case ROTATE -> rotate(event.getData(), time);
            case HEARTBEAT -> heartbeat(time);
            case GTID -> mySqlGtid(event.getData(), at, time);
            case ANONYMOUS_GTID -> openTransaction(null, at.getPosition(), event.getData(), time);
            case MARIADB_GTID -> mariaDbGtid(event.getData(), event.getHeader(), at, time);
            case QUERY -> query(event.getData(), at, time);
            case TABLE_MAP -> tableMap(event.getData());
            case WRITE_ROWS, EXT_WRITE_ROWS -> inserts(event.getData(), time);
            case UPDATE_ROWS, EXT_UPDATE_ROWS -> updates(event.getData(), time);
            case DELETE_ROWS, EXT_DELETE_ROWS -> deletes(event.getData(), time);
            case XID -> end(OptionalLong.of(((XidEventData) event.getData()).getXid()), at, time);
            case XA_PREPARE -> end(OptionalLong.empty(), at, time);
            case PARTIAL_UPDATE_ROWS_EVENT -> throw new IllegalStateException("partial JSON updates are in the"
                    + " binlog (binlog_row_value_options=PARTIAL_JSON); they carry no full row image. Set"
                    + " binlog_row_value_options to '' on the server.");
            case INCIDENT -> throw new IllegalStateException("the server logged an incident (lost events) at "
                    + tracker.committed().file().orElse("?") + ":" + at.getPosition() + "; replicas cannot continue"
                    + " safely past it. Start again from a full copy.");
            default -> {
                // Format descriptions, previous-GTID lists, row query annotations and the like change nothing.
            }
        }
    }

    private void rotate(RotateEventData data, long time) throws InterruptedException {
        tracker.rotate(data.getBinlogFilename(), data.getBinlogPosition());
        heartbeat(time);
    }

    private void heartbeat(long time) throws InterruptedException {
        // While a restarted transaction is being re-read, the stored position must stay inside it.
        if (!tracker.inTransaction() && !tracker.resuming()) {
            sink.accept(new Heartbeat(time, tracker.committed()));
        }
    }

    private void mySqlGtid(GtidEventData data, EventHeaderV4 at, long time) throws InterruptedException {
        openTransaction(data.getGtid(), at.getPosition(), data, time);
    }

    private void mariaDbGtid(MariadbGtidEventData data, EventHeaderV4 own, EventHeaderV4 at, long time)
            throws InterruptedException {
        String gtid = data.getDomainId() + "-" + own.getServerId() + "-" + data.getSequence();
        // MariaDB's GTID event stands in for BEGIN unless the transaction is a single self-committing statement.
        boolean standalone = (data.getFlags() & MariadbGtidEventData.FL_STANDALONE) != 0;
        openTransaction(gtid, at.getPosition(), null, time);
        explicit = !standalone;
    }

    private void openTransaction(String gtid, long pos, GtidEventData data, long time) throws InterruptedException {
        skip = tracker.begin(gtid, pos);
        explicit = false;
        boolean clock = data != null && data.getSequenceNumber() > 0;
        OptionalLong commitTime = data != null && data.getOriginalCommitTimestamp() > 0
                ? OptionalLong.of(data.getOriginalCommitTimestamp()) : OptionalLong.empty();
        emit(position -> new TransactionBegin(Optional.ofNullable(gtid),
                clock ? OptionalLong.of(data.getLastCommitted()) : OptionalLong.empty(),
                clock ? OptionalLong.of(data.getSequenceNumber()) : OptionalLong.empty(),
                commitTime, time, position));
    }

    private void query(QueryEventData data, EventHeaderV4 at, long time) throws InterruptedException {
        String sql = data.getSql().strip();
        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.equals("BEGIN") || upper.startsWith("XA START")) {
            if (!tracker.inTransaction()) {
                openWithoutGtid(at, time);
            }
            explicit = true;
        } else if (upper.equals("COMMIT") || upper.equals("ROLLBACK")) {
            end(OptionalLong.empty(), at, time);
        } else if (explicit && (upper.startsWith("SAVEPOINT") || upper.startsWith("ROLLBACK TO")
                || upper.startsWith("XA END"))) {
            // Row images already reflect savepoint rollbacks; these markers carry nothing for a consumer.
            return;
        } else {
            statement(data, at, time);
        }
    }

    private void statement(QueryEventData data, EventHeaderV4 at, long time) throws InterruptedException {
        if (!tracker.inTransaction()) {
            openWithoutGtid(at, time);
        }
        String database = data.getDatabase() == null ? "" : data.getDatabase();
        emit(position -> new DdlStatement(database, data.getSql(), time, position));
        if (!explicit) {
            end(OptionalLong.empty(), at, time);
        }
    }

    /**
     * Without GTIDs a transaction starts at its first statement. When streaming by MySQL GTID set that cannot
     * happen unless the client failed to recognise a GTID event (MySQL 8.4 tagged GTIDs, say), and going on would
     * leave the transaction out of the GTID set and repeat it after a restart.
     */
    private void openWithoutGtid(EventHeaderV4 at, long time) throws InterruptedException {
        if (tracker.committed().gtidSet().isPresent()) {
            throw new IllegalStateException("a transaction without a GTID event at " + tracker.committed().file()
                    .orElse("?") + ":" + at.getPosition() + " while streaming by GTID set; the binlog client may"
                    + " not know this server's GTID event type");
        }
        openTransaction(null, at.getPosition(), null, time);
    }

    private void tableMap(TableMapEventData data) {
        tables.put(data.getTableId(), TableInfo.of(data));
    }

    private void inserts(WriteRowsEventData data, long time) throws InterruptedException {
        TableInfo table = table(data.getTableId());
        for (Serializable[] row : data.getRows()) {
            emit(position -> new RowChange(RowChange.Operation.INSERT, table, null, row, time, position));
        }
    }

    private void updates(UpdateRowsEventData data, long time) throws InterruptedException {
        TableInfo table = table(data.getTableId());
        for (Map.Entry<Serializable[], Serializable[]> row : data.getRows()) {
            emit(position -> new RowChange(RowChange.Operation.UPDATE, table, row.getKey(), row.getValue(), time,
                    position));
        }
    }

    private void deletes(DeleteRowsEventData data, long time) throws InterruptedException {
        TableInfo table = table(data.getTableId());
        for (Serializable[] row : data.getRows()) {
            emit(position -> new RowChange(RowChange.Operation.DELETE, table, row, null, time, position));
        }
    }

    private TableInfo table(long tableId) {
        if (!tracker.inTransaction()) {
            throw new IllegalStateException("a row event outside any transaction, for table id " + tableId);
        }
        TableInfo table = tables.get(tableId);
        if (table == null) {
            throw new IllegalStateException("row event for table id " + tableId + " without its table map");
        }
        return table;
    }

    private void end(OptionalLong xid, EventHeaderV4 at, long time) throws InterruptedException {
        if (!tracker.inTransaction()) {
            return;
        }
        Optional<String> gtid = Optional.ofNullable(tracker.gtid());
        BinlogPosition after = tracker.end(at.getNextPosition());
        skip = 0;
        sink.accept(new TransactionEnd(gtid, xid, time, after));
    }

    /** Counts the event in the open transaction and delivers it unless it was delivered before a restart. */
    private void emit(Function<BinlogPosition, BinlogEvent> event) throws InterruptedException {
        BinlogPosition position = tracker.next();
        if (skip > 0) {
            skip--;
            return;
        }
        sink.accept(event.apply(position));
    }
}
