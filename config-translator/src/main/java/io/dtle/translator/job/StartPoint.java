package io.dtle.translator.job;

/**
 * Where the job starts: dtle's Gtid (executed set), GtidStart (first GTID), AutoGtid, BinlogFile/BinlogPos and
 * SkipIncrementalCopy. Unset fields are null; all null means copy the tables, then stream.
 */
public record StartPoint(String gtid, String gtidStart, Boolean autoGtid, String binlogFile, Long binlogPos,
                         Boolean skipIncrementalCopy) {

    public static StartPoint fullCopy() {
        return new StartPoint(null, null, null, null, null, null);
    }

    public StartPoint withGtid(String executed) {
        return new StartPoint(executed, null, null, null, null, null);
    }
}
