package io.dtle.source.binlog;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtid;
import io.dtle.common.gtid.MariaDbGtidPosition;

/**
 * Keeps the position of the last translated event and of the transaction in progress, and decides which events of
 * a resumed transaction were already delivered before the restart.
 */
final class PositionTracker {
    private BinlogPosition committed;
    private String file;
    private String gtid;
    private long startPos;
    private long delivered;
    private boolean open;
    private String skipGtid;
    private long skipCount;

    PositionTracker(BinlogPosition start) {
        this.committed = start.isInTransaction()
                ? start.afterTransaction(start.gtidSet().orElse(null), start.mariaDbGtids().orElse(null), start.pos())
                : start;
        this.file = start.file().orElse(null);
        this.skipGtid = start.transactionGtid().orElse(null);
        this.skipCount = start.transactionEvents();
    }

    boolean inTransaction() {
        return open;
    }

    /** A restart inside a transaction has not yet reached that transaction again. */
    boolean resuming() {
        return skipCount > 0;
    }

    void rotate(String newFile, long pos) {
        file = newFile;
        committed = committed.withBinlog(newFile, pos);
    }

    BinlogPosition committed() {
        return committed;
    }

    /** Opens a transaction and returns how many of its first events to drop as already delivered. */
    long begin(String transactionGtid, long pos) {
        open = true;
        gtid = transactionGtid;
        startPos = pos;
        delivered = 0;
        if (skipCount > 0 && skipGtid != null && !skipGtid.equals(transactionGtid)) {
            // Everything before the interrupted transaction is in the start set, so it must come first; if not,
            // dropping or delivering its events again would both be wrong.
            throw new IllegalStateException("resuming inside transaction " + skipGtid + " but the server sent "
                    + transactionGtid + " first");
        }
        long skip = skipCount;
        skipGtid = null;
        skipCount = 0;
        return skip;
    }

    /** Counts one more event of the open transaction and returns the position after it. */
    BinlogPosition next() {
        delivered++;
        return committed.inTransaction(gtid, file, startPos, delivered);
    }

    /** Closes the transaction: its GTID joins the fully-seen ones and the next one starts at {@code nextPos}. */
    BinlogPosition end(long nextPos) {
        GtidSet mysql = committed.gtidSet().orElse(null);
        MariaDbGtidPosition mariaDb = committed.mariaDbGtids().orElse(null);
        if (gtid != null && mysql != null) {
            mysql = mysql.with(Gtid.parse(gtid));
        }
        if (gtid != null && mariaDb != null) {
            mariaDb = mariaDb.with(MariaDbGtid.parse(gtid));
        }
        committed = committed.withBinlog(file, nextPos).afterTransaction(mysql, mariaDb, nextPos);
        open = false;
        gtid = null;
        return committed;
    }

    String gtid() {
        return gtid;
    }
}
