package io.dtle.source.history;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtid;
import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.source.binlog.BinlogPosition;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one binlog position was reached at or before another, for positions of the same server.
 *
 * <p>GTID positions compare by containment of their fully-seen transactions (a MySQL GTID set, a MariaDB GTID
 * position per domain); file positions by file, then position. A position inside a transaction (its first events
 * delivered) lies after the transactions it has fully seen and before the end of its own transaction: it is at or
 * before another position inside the same transaction that delivered as many events or more.
 */
public final class PositionOrder {
    private PositionOrder() {
    }

    /** True when {@code earlier} was reached no later than {@code later}; false when they cannot be compared. */
    public static boolean atOrBefore(BinlogPosition earlier, BinlogPosition later) {
        if (earlier.gtidSet().isPresent() && later.gtidSet().isPresent()) {
            return mySqlAtOrBefore(earlier, later);
        }
        if (earlier.mariaDbGtids().isPresent() && later.mariaDbGtids().isPresent()) {
            return mariaDbAtOrBefore(earlier, later);
        }
        if (earlier.file().isPresent() && later.file().isPresent()) {
            return fileAtOrBefore(earlier, later);
        }
        return false;
    }

    private static boolean mySqlAtOrBefore(BinlogPosition earlier, BinlogPosition later) {
        GtidSet seen = later.gtidSet().orElseThrow();
        if (!earlier.gtidSet().orElseThrow().isSubsetOf(seen)) {
            return false;
        }
        Optional<String> gtid = earlier.transactionGtid();
        if (!earlier.isInTransaction() || gtid.isPresent() && seen.contains(Gtid.parse(gtid.get()))) {
            return true;
        }
        return sameTransactionFurther(earlier, later);
    }

    private static boolean mariaDbAtOrBefore(BinlogPosition earlier, BinlogPosition later) {
        MariaDbGtidPosition seen = later.mariaDbGtids().orElseThrow();
        for (MariaDbGtid gtid : earlier.mariaDbGtids().orElseThrow().gtids()) {
            if (!seen.contains(gtid)) {
                return false;
            }
        }
        Optional<String> gtid = earlier.transactionGtid();
        if (!earlier.isInTransaction() || gtid.isPresent() && seen.contains(MariaDbGtid.parse(gtid.get()))) {
            return true;
        }
        return sameTransactionFurther(earlier, later);
    }

    private static boolean sameTransactionFurther(BinlogPosition earlier, BinlogPosition later) {
        if (!later.isInTransaction() || earlier.transactionEvents() > later.transactionEvents()) {
            return false;
        }
        if (earlier.transactionGtid().isPresent() || later.transactionGtid().isPresent()) {
            return Objects.equals(earlier.transactionGtid(), later.transactionGtid());
        }
        return Objects.equals(earlier.file(), later.file()) && earlier.pos() == later.pos();
    }

    /** (file, position, events delivered) in order; a position between transactions has delivered none. */
    private static boolean fileAtOrBefore(BinlogPosition earlier, BinlogPosition later) {
        int files = compareFiles(earlier.file().orElseThrow(), later.file().orElseThrow());
        if (files != 0) {
            return files < 0;
        }
        if (earlier.pos() != later.pos()) {
            return earlier.pos() < later.pos();
        }
        return earlier.transactionEvents() <= later.transactionEvents();
    }

    /** binlog.000010 after binlog.000009, whatever the number's width. */
    static int compareFiles(String a, String b) {
        int dotA = a.lastIndexOf('.');
        int dotB = b.lastIndexOf('.');
        if (dotA > 0 && dotB > 0 && a.substring(0, dotA).equals(b.substring(0, dotB))) {
            try {
                return Long.compare(Long.parseLong(a.substring(dotA + 1)), Long.parseLong(b.substring(dotB + 1)));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
        return a.compareTo(b);
    }
}
