package io.dtle.source;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.common.gtid.MariaDbGtid;
import io.dtle.common.gtid.MariaDbGtidPosition;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Validators of the start position keys; GTID text is parsed by dtle-common's GTID model. */
final class StartValidators {
    private static final Pattern BINLOG_FILE = Pattern.compile("[A-Za-z0-9._-]+\\.[0-9]+");

    private StartValidators() {
    }

    /** Whether a GTID text is MariaDB's domain-server-seq form rather than MySQL's uuid:interval form. */
    static boolean isMariaDb(String gtidText) {
        return !gtidText.contains(":");
    }

    /** Empty, a MySQL GTID set, or a MariaDB GTID position. */
    static ConfigDef.Validator gtidSet() {
        return ConfigValidators.described("empty, a MySQL GTID set or a MariaDB GTID position", (name, value) -> {
            String text = ((String) value).trim();
            try {
                if (isMariaDb(text)) {
                    MariaDbGtidPosition.parse(text);
                } else {
                    GtidSet.parse(text);
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, "Expected empty, a MySQL GTID set such as "
                        + "'3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5' or a MariaDB GTID position such as "
                        + "'0-1-42,1-2-7': " + e.getMessage());
            }
        });
    }

    /** Empty, one MySQL GTID, or one MariaDB GTID. */
    static ConfigDef.Validator singleGtid() {
        return ConfigValidators.described("empty, one MySQL GTID or one MariaDB GTID", (name, value) -> {
            String text = ((String) value).trim();
            if (text.isEmpty()) {
                return;
            }
            try {
                if (isMariaDb(text)) {
                    MariaDbGtid.parse(text);
                } else {
                    Gtid.parse(text);
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, "Expected empty or one GTID such as "
                        + "'3e11fa47-71ca-11e1-9e33-c80aa9429562:23' or '0-1-42': " + e.getMessage());
            }
        });
    }

    /** Empty or a binlog file name such as mysql-bin.000042. */
    static ConfigDef.Validator binlogFile() {
        return ConfigValidators.described("empty or a binlog file name", (name, value) -> {
            String text = ((String) value).trim();
            if (!text.isEmpty() && !BINLOG_FILE.matcher(text).matches()) {
                throw new ConfigException(name, value, "Expected empty or a binlog file name such as "
                        + "'mysql-bin.000042', as SHOW BINARY LOGS lists it.");
            }
        });
    }
}
