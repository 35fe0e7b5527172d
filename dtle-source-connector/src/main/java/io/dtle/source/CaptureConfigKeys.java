package io.dtle.source;

import io.dtle.common.expr.TableConditions;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Keys of the "Capture" group: which databases, tables, rows and statements the connector emits. */
public final class CaptureConfigKeys {
    public static final String GROUP = "Capture";

    public static final String DATABASE_INCLUDE_LIST_CONFIG = "database.include.list";
    public static final String DATABASE_INCLUDE_LIST_DOC = "Comma-separated regular expressions matched against "
            + "whole database names, ignoring case (dtle's ReplicateDoDb). When empty, every database except the "
            + "system ones (mysql, sys, information_schema, performance_schema) is captured.";

    public static final String DATABASE_EXCLUDE_LIST_CONFIG = "database.exclude.list";
    public static final String DATABASE_EXCLUDE_LIST_DOC = "Comma-separated regular expressions matched against "
            + "whole database names, ignoring case (dtle's ReplicateIgnoreDb). A database matching one is never "
            + "captured, even when database.include.list or table.include.list also matches it.";

    public static final String TABLE_INCLUDE_LIST_CONFIG = "table.include.list";
    public static final String TABLE_INCLUDE_LIST_DOC = "Comma-separated regular expressions matched against whole "
            + "'<db>.<table>' names, ignoring case (dtle's ReplicateDoDb.Tables). When empty, every table of each "
            + "captured database is captured. Escape the dot ('d\\.t') to match it literally; a name without "
            + "other regular expression characters is checked to exist at start.";

    public static final String TABLE_EXCLUDE_LIST_CONFIG = "table.exclude.list";
    public static final String TABLE_EXCLUDE_LIST_DOC = "Comma-separated regular expressions matched against whole "
            + "'<db>.<table>' names, ignoring case. A table matching one is never captured, even when "
            + "table.include.list matches it.";

    public static final String WHERE_PREFIX = TableConditions.KEY_PREFIX;
    public static final String WHERE_DOC = "Keys 'where.<db>.<table>' hold a row condition in MySQL expression "
            + "syntax (dtle's ReplicateDoDb.Tables.Where), such as \"a > 5 AND status IN ('x','y')\". Only rows for "
            + "which it is true are copied and streamed; an update that leaves or enters the condition becomes a "
            + "delete or an insert. The name splits at the first dot after 'where.', and the table must be captured.";

    public static final String SKIPPED_OPERATIONS_CONFIG = "skipped.operations";
    public static final String SKIPPED_OPERATIONS_DEFAULT = "none";
    public static final Set<String> SKIPPED_OPERATIONS_VALUES = Set.of("c", "u", "d", "t", "none");
    public static final String SKIPPED_OPERATIONS_DOC = "Comma-separated change kinds not to emit, as in Debezium: "
            + "'c' inserts, 'u' updates, 'd' deletes, 't' truncates, or 'none'. dtle's SqlFilter NoDMLInsert, "
            + "NoDMLUpdate and NoDMLDelete map to c, u and d, and NoDML to 'c,u,d'. Unlike Debezium, truncates are "
            + "emitted by default, because a replica that misses one diverges.";

    public static final String SKIP_DDL_CONFIG = "dtle.skip.ddl";
    public static final String SKIP_DDL_DEFAULT = "";
    public static final Set<String> SKIP_DDL_VALUES = Set.of("all", "create_schema", "drop_schema", "create_table",
            "drop_table", "truncate", "drop_index", "alter_table", "alter_table_add_column",
            "alter_table_drop_column", "alter_table_modify_column", "alter_table_change_column",
            "alter_table_alter_column");
    public static final String SKIP_DDL_DOC = "Comma-separated kinds of DDL statement not to emit, from dtle's "
            + "SqlFilter: 'all' (NoDDL), 'create_schema', 'drop_schema', 'create_table', 'drop_table', 'truncate', "
            + "'drop_index', 'alter_table' (every ALTER TABLE), and 'alter_table_add_column', "
            + "'alter_table_drop_column', 'alter_table_modify_column', 'alter_table_change_column', "
            + "'alter_table_alter_column' for ALTER TABLE statements made only of that kind of change. The "
            + "connector still applies skipped DDL to its own schema tracking. Empty emits every DDL statement.";

    private CaptureConfigKeys() {
    }

    static void define(ConfigDef def) {
        int order = 0;
        def.define(DATABASE_INCLUDE_LIST_CONFIG, Type.LIST, "", ConfigValidators.regexList(), Importance.HIGH,
                        DATABASE_INCLUDE_LIST_DOC, GROUP, ++order, Width.LONG, "Databases to include")
                .define(DATABASE_EXCLUDE_LIST_CONFIG, Type.LIST, "", ConfigValidators.regexList(), Importance.MEDIUM,
                        DATABASE_EXCLUDE_LIST_DOC, GROUP, ++order, Width.LONG, "Databases to exclude")
                .define(TABLE_INCLUDE_LIST_CONFIG, Type.LIST, "", ConfigValidators.regexList(), Importance.HIGH,
                        TABLE_INCLUDE_LIST_DOC, GROUP, ++order, Width.LONG, "Tables to include")
                .define(TABLE_EXCLUDE_LIST_CONFIG, Type.LIST, "", ConfigValidators.regexList(), Importance.MEDIUM,
                        TABLE_EXCLUDE_LIST_DOC, GROUP, ++order, Width.LONG, "Tables to exclude")
                .define(SKIPPED_OPERATIONS_CONFIG, Type.LIST, SKIPPED_OPERATIONS_DEFAULT,
                        ConfigValidators.listOf(SKIPPED_OPERATIONS_VALUES), Importance.LOW,
                        SKIPPED_OPERATIONS_DOC, GROUP, ++order, Width.SHORT, "Skipped operations")
                .define(SKIP_DDL_CONFIG, Type.LIST, SKIP_DDL_DEFAULT, ConfigValidators.listOf(SKIP_DDL_VALUES),
                        Importance.LOW, SKIP_DDL_DOC, GROUP, ++order, Width.LONG, "Skipped DDL kinds");
    }
}
