package io.dtle.source;

import java.util.Objects;

/**
 * Where the binlog phase of a connector without stored offsets starts, from the start.* keys.
 * Only the fields of the kind are meaningful: {@code gtid} for the GTID kinds, file and
 * position for {@link Kind#BINLOG_POSITION}.
 */
public record StartPosition(Kind kind, String gtid, String binlogFile, long binlogPosition) {

    /** The ways a binlog phase can start. */
    public enum Kind {
        /** From the position of the snapshot (snapshot.mode initial). */
        SNAPSHOT,
        /** After a GTID set or MariaDB position: its transactions are already delivered (start.gtid). */
        AFTER_GTID_SET,
        /** At one GTID, the first transaction to stream (start.gtid.first). */
        AT_GTID,
        /** At the server's position when the connector first starts (start.at.current.position, no_data). */
        CURRENT,
        /** At a binlog file and byte offset (start.binlog.file, start.binlog.position). */
        BINLOG_POSITION
    }

    public StartPosition {
        Objects.requireNonNull(kind, "kind");
        gtid = gtid == null ? "" : gtid;
        binlogFile = binlogFile == null ? "" : binlogFile;
    }

    public static StartPosition of(Kind kind) {
        return new StartPosition(kind, "", "", 0);
    }

    public static StartPosition gtid(Kind kind, String gtid) {
        return new StartPosition(kind, gtid, "", 0);
    }

    public static StartPosition binlog(String file, long position) {
        return new StartPosition(Kind.BINLOG_POSITION, "", file, position);
    }

    /** Whether the GTID text is MariaDB's domain-server-seq form. */
    public boolean isMariaDbGtid() {
        return !gtid.isEmpty() && StartValidators.isMariaDb(gtid);
    }
}
