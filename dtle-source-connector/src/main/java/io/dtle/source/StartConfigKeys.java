package io.dtle.source;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Keys of the "Start" group: whether to copy the tables and where the binlog phase starts. They
 * apply only when the connector has no stored offset; a restarted connector resumes from its offset.
 */
public final class StartConfigKeys {
    public static final String GROUP = "Start";

    public static final String SNAPSHOT_MODE_CONFIG = "snapshot.mode";
    public static final String SNAPSHOT_MODE_DEFAULT = "initial";
    public static final String SNAPSHOT_MODE_DOC = "'initial' copies the captured tables, then streams the binlog "
            + "from the position of the copy (dtle's empty Gtid: full plus incremental); 'initial_only' copies "
            + "the tables and stops (dtle's SkipIncrementalCopy); 'no_data' copies no rows and streams from the "
            + "configured start.* position, or from the server's current position when none is set. Any start.* "
            + "key implies 'no_data'; setting 'initial' or 'initial_only' with one is an error.";

    public static final String START_GTID_CONFIG = "start.gtid";
    public static final String START_GTID_DEFAULT = "";
    public static final String START_GTID_DOC = "GTID set the source has already delivered (dtle's Gtid); "
            + "streaming starts with the first transaction not in it. MySQL sets look like "
            + "'3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5,...'; MariaDB positions like '0-1-42,1-2-7'. The server "
            + "must still have every transaction after it: a set that misses a purged transaction is an error, "
            + "and so is a transaction of the source server's own UUID that it never executed. Following dtle, "
            + "GTIDs of a UUID the server does not know are accepted and streaming then includes every "
            + "transaction of the server.";

    public static final String START_GTID_FIRST_CONFIG = "start.gtid.first";
    public static final String START_GTID_FIRST_DEFAULT = "";
    public static final String START_GTID_FIRST_DOC = "A single GTID, such as "
            + "'3e11fa47-71ca-11e1-9e33-c80aa9429562:23' or '0-1-42', that is the first transaction to stream "
            + "(dtle's GtidStart); the connector treats every earlier transaction of the server as delivered.";

    public static final String START_AT_CURRENT_CONFIG = "start.at.current.position";
    public static final boolean START_AT_CURRENT_DEFAULT = false;
    public static final String START_AT_CURRENT_DOC = "When true, copy no rows and stream from the server's "
            + "position at the connector's first start (dtle's AutoGtid); the same as snapshot.mode=no_data "
            + "without other start.* keys.";

    public static final String START_BINLOG_FILE_CONFIG = "start.binlog.file";
    public static final String START_BINLOG_FILE_DEFAULT = "";
    public static final String START_BINLOG_FILE_DOC = "Binlog file name, such as 'mysql-bin.000042', to stream "
            + "from (dtle's BinlogFile), for servers without GTIDs; with start.binlog.position.";

    public static final String START_BINLOG_POSITION_CONFIG = "start.binlog.position";
    public static final long START_BINLOG_POSITION_DEFAULT = 4L;
    public static final String START_BINLOG_POSITION_DOC = "Byte offset in start.binlog.file of the first event "
            + "to read (dtle's BinlogPos); 4, the default, is the start of the file. Must be the start of an "
            + "event, such as a Position from SHOW MASTER STATUS.";

    /** The keys that choose a start position; at most one may be set. */
    public static final List<String> START_POSITION_KEYS = List.of(START_GTID_CONFIG, START_GTID_FIRST_CONFIG,
            START_AT_CURRENT_CONFIG, START_BINLOG_FILE_CONFIG);

    private StartConfigKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(SNAPSHOT_MODE_CONFIG, Type.STRING, SNAPSHOT_MODE_DEFAULT,
                        ConfigValidators.oneOf(SnapshotMode.names()), Importance.HIGH,
                        SNAPSHOT_MODE_DOC, GROUP, ++order, Width.SHORT, "Snapshot mode")
                .define(START_GTID_CONFIG, Type.STRING, START_GTID_DEFAULT, StartValidators.gtidSet(),
                        Importance.HIGH, START_GTID_DOC, GROUP, ++order, Width.LONG, "Start after GTID set")
                .define(START_GTID_FIRST_CONFIG, Type.STRING, START_GTID_FIRST_DEFAULT, StartValidators.singleGtid(),
                        Importance.MEDIUM, START_GTID_FIRST_DOC, GROUP, ++order, Width.LONG, "Start at GTID")
                .define(START_AT_CURRENT_CONFIG, Type.BOOLEAN, START_AT_CURRENT_DEFAULT, null,
                        Importance.MEDIUM, START_AT_CURRENT_DOC, GROUP, ++order, Width.SHORT, "Start at current position")
                .define(START_BINLOG_FILE_CONFIG, Type.STRING, START_BINLOG_FILE_DEFAULT, StartValidators.binlogFile(),
                        Importance.MEDIUM, START_BINLOG_FILE_DOC, GROUP, ++order, Width.MEDIUM, "Start binlog file")
                .define(START_BINLOG_POSITION_CONFIG, Type.LONG, START_BINLOG_POSITION_DEFAULT,
                        ConfigDef.Range.atLeast(4), Importance.MEDIUM, START_BINLOG_POSITION_DOC, GROUP, ++order,
                        Width.SHORT, "Start binlog position");
    }
}
