package io.dtle.source.binlog;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a reader stands, with everything a restart needs to resume without repeating or skipping an event.
 *
 * <p>Between transactions it names the transactions fully seen (a MySQL GTID set, a MariaDB GTID position, or
 * neither when GTIDs are not used) and the binlog file and position after the last one. Inside a transaction it
 * keeps the same "fully seen" part, and the file and position where the current transaction starts, its GTID and
 * how many of its events were already delivered ({@link TransactionBegin} counts as the first). A reader started
 * there re-reads the transaction and drops that many events, so the caller sees each event once.
 *
 * <p>Which of the three kinds of start applies follows from what is present: a MySQL GTID set, else a MariaDB GTID
 * position, else the file and position.
 */
public final class BinlogPosition {
    private final GtidSet gtidSet;
    private final MariaDbGtidPosition mariaDbGtids;
    private final String file;
    private final long pos;
    private final String transactionGtid;
    private final long transactionEvents;

    private BinlogPosition(GtidSet gtidSet, MariaDbGtidPosition mariaDbGtids, String file, long pos,
                           String transactionGtid, long transactionEvents) {
        if (gtidSet != null && mariaDbGtids != null) {
            throw new IllegalArgumentException("a position has a MySQL GTID set or a MariaDB GTID position, not both");
        }
        if (pos < 0 || transactionEvents < 0) {
            throw new IllegalArgumentException("binlog position and event count cannot be negative");
        }
        if (gtidSet == null && mariaDbGtids == null && file == null) {
            throw new IllegalArgumentException("a position needs a GTID set, a MariaDB GTID position or a binlog file");
        }
        if (transactionEvents == 0 && transactionGtid != null) {
            throw new IllegalArgumentException("a transaction GTID needs at least one delivered event");
        }
        this.gtidSet = gtidSet;
        this.mariaDbGtids = mariaDbGtids;
        this.file = file;
        this.pos = pos;
        this.transactionGtid = transactionGtid;
        this.transactionEvents = transactionEvents;
    }

    /** Streams every transaction not in {@code gtids} (MySQL). */
    public static BinlogPosition ofGtidSet(GtidSet gtids) {
        return new BinlogPosition(Objects.requireNonNull(gtids), null, null, 0, null, 0);
    }

    /** Streams every transaction after {@code gtids}, per replication domain (MariaDB). */
    public static BinlogPosition ofMariaDb(MariaDbGtidPosition gtids) {
        return new BinlogPosition(null, Objects.requireNonNull(gtids), null, 0, null, 0);
    }

    /** Streams from a binlog file and position, which must be the start of an event (usually of a transaction). */
    public static BinlogPosition ofFile(String file, long pos) {
        return new BinlogPosition(null, null, Objects.requireNonNull(file), pos, null, 0);
    }

    /** Rebuilds a position from all its parts; for codecs. */
    public static BinlogPosition of(GtidSet gtidSet, MariaDbGtidPosition mariaDbGtids, String file, long pos,
                                    String transactionGtid, long transactionEvents) {
        return new BinlogPosition(gtidSet, mariaDbGtids, file, pos, transactionGtid, transactionEvents);
    }

    public Optional<GtidSet> gtidSet() {
        return Optional.ofNullable(gtidSet);
    }

    public Optional<MariaDbGtidPosition> mariaDbGtids() {
        return Optional.ofNullable(mariaDbGtids);
    }

    /** The binlog file, unknown (empty) for a GTID start that has not yet streamed. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** Inside a transaction, where it starts; between transactions, where the next one starts. */
    public long pos() {
        return pos;
    }

    /** The GTID of the transaction in progress, when there is one and the server gives it a GTID. */
    public Optional<String> transactionGtid() {
        return Optional.ofNullable(transactionGtid);
    }

    /** Events of the transaction in progress already delivered, its begin included; 0 between transactions. */
    public long transactionEvents() {
        return transactionEvents;
    }

    public boolean isInTransaction() {
        return transactionEvents > 0;
    }

    public boolean isGtidBased() {
        return gtidSet != null || mariaDbGtids != null;
    }

    /** The same fully-seen transactions, now at another place in the binlog. */
    public BinlogPosition withBinlog(String newFile, long newPos) {
        return new BinlogPosition(gtidSet, mariaDbGtids, newFile, newPos, transactionGtid, transactionEvents);
    }

    /** Inside a transaction that starts at {@code startPos} with {@code events} of its events delivered. */
    public BinlogPosition inTransaction(String gtid, String startFile, long startPos, long events) {
        return new BinlogPosition(gtidSet, mariaDbGtids, startFile, startPos, gtid, events);
    }

    /** After a transaction: its GTID (if any) joins the fully-seen ones and the next one starts at {@code nextPos}. */
    public BinlogPosition afterTransaction(GtidSet newGtidSet, MariaDbGtidPosition newMariaDb, long nextPos) {
        return new BinlogPosition(newGtidSet, newMariaDb, file, nextPos, null, 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinlogPosition that
                && pos == that.pos
                && transactionEvents == that.transactionEvents
                && Objects.equals(gtidSet, that.gtidSet)
                && Objects.equals(mariaDbGtids, that.mariaDbGtids)
                && Objects.equals(file, that.file)
                && Objects.equals(transactionGtid, that.transactionGtid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gtidSet, mariaDbGtids, file, pos, transactionGtid, transactionEvents);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("BinlogPosition{");
        if (gtidSet != null) {
            text.append("gtids=").append(gtidSet.toCompactString()).append(", ");
        }
        if (mariaDbGtids != null) {
            text.append("mariadb_gtids=").append(mariaDbGtids).append(", ");
        }
        text.append("file=").append(file).append(", pos=").append(pos);
        if (transactionEvents > 0) {
            text.append(", gtid=").append(transactionGtid).append(", txn_events=").append(transactionEvents);
        }
        return text.append('}').toString();
    }
}
