package io.dtle.source.offset;

import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtidPosition;
import io.dtle.source.binlog.BinlogPosition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps a {@link BinlogPosition} to and from a Kafka Connect source offset (strings and longs only).
 *
 * <p>The JSON shape, keys present only when they have a value:
 * <pre>{@code
 * {
 *   "gtids":         "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5",  // MySQL: transactions fully seen
 *   "mariadb_gtids": "0-101-3,1-101-9",                            // MariaDB instead of "gtids"
 *   "file":          "binlog.000002",
 *   "pos":           1234,      // start of the current transaction, or of the next one between transactions
 *   "gtid":          "3e11fa47-71ca-11e1-9e33-c80aa9429562:6",     // the transaction in progress
 *   "txn_events":    3          // its events already delivered, the begin counted; absent between transactions
 * }
 * }</pre>
 * A GTID set that is empty is written as {@code ""} so that the start kind (GTID-based) survives the round trip.
 */
public final class BinlogOffsetCodec {
    public static final String GTIDS = "gtids";
    public static final String MARIADB_GTIDS = "mariadb_gtids";
    public static final String FILE = "file";
    public static final String POS = "pos";
    public static final String GTID = "gtid";
    public static final String TXN_EVENTS = "txn_events";

    private BinlogOffsetCodec() {
    }

    public static Map<String, Object> encode(BinlogPosition position) {
        Map<String, Object> offset = new LinkedHashMap<>();
        position.gtidSet().ifPresent(set -> offset.put(GTIDS, set.toCompactString()));
        position.mariaDbGtids().ifPresent(gtids -> offset.put(MARIADB_GTIDS, gtids.toString()));
        position.file().ifPresent(file -> offset.put(FILE, file));
        offset.put(POS, position.pos());
        position.transactionGtid().ifPresent(gtid -> offset.put(GTID, gtid));
        if (position.isInTransaction()) {
            offset.put(TXN_EVENTS, position.transactionEvents());
        }
        return offset;
    }

    /** Reads an offset written by {@link #encode}; numbers may come back as any integral type from a converter. */
    public static BinlogPosition decode(Map<String, ?> offset) {
        String gtids = string(offset, GTIDS);
        String mariaDb = string(offset, MARIADB_GTIDS);
        try {
            return BinlogPosition.of(
                    gtids == null ? null : GtidSet.parse(gtids),
                    mariaDb == null ? null : MariaDbGtidPosition.parse(mariaDb),
                    string(offset, FILE),
                    number(offset, POS),
                    string(offset, GTID),
                    number(offset, TXN_EVENTS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a dtle binlog offset: " + offset + " (" + e.getMessage() + ")", e);
        }
    }

    private static String string(Map<String, ?> offset, String key) {
        Object value = offset.get(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("offset key '" + key + "' must be a string, not " + value);
        }
        return (String) value;
    }

    private static long number(Map<String, ?> offset, String key) {
        Object value = offset.get(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("offset key '" + key + "' must be an integer, not " + value);
    }
}
