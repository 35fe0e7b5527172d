package io.dtle.translator.mapping;

import static io.dtle.source.CaptureConfigKeys.SKIPPED_OPERATIONS_CONFIG;
import static io.dtle.source.CaptureConfigKeys.SKIP_DDL_CONFIG;

import io.dtle.translator.job.JobFileException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** dtle's SqlFilter entries as the source's skipped.operations (DML) and dtle.skip.ddl (DDL) values. */
final class SqlFilters {
    private static final Map<String, String> DML = Map.of("nodml", "c,u,d", "nodmlinsert", "c", "nodmlupdate", "u",
            "nodmldelete", "d");
    private static final Map<String, String> DDL = ddl();

    private SqlFilters() {
    }

    static void put(List<String> filters, Map<String, String> config) {
        Set<String> operations = new LinkedHashSet<>();
        Set<String> ddl = new LinkedHashSet<>();
        for (int i = 0; i < filters.size(); i++) {
            String filter = filters.get(i).trim().toLowerCase(Locale.ROOT);
            if (DML.containsKey(filter)) {
                operations.addAll(List.of(DML.get(filter).split(",")));
            } else if (DDL.containsKey(filter)) {
                ddl.add(DDL.get(filter));
            } else {
                throw new JobFileException("$..SqlFilter[" + i + "]", "unknown SqlFilter \"" + filters.get(i) + "\"",
                        "use NoDML, NoDMLInsert, NoDMLUpdate, NoDMLDelete, NoDDL or NoDDL<Kind> such as "
                                + "NoDDLDropTable or NoDDLAlterTableAddColumn");
            }
        }
        if (!operations.isEmpty()) {
            config.put(SKIPPED_OPERATIONS_CONFIG, String.join(",", operations));
        }
        if (!ddl.isEmpty()) {
            config.put(SKIP_DDL_CONFIG, ddl.contains("all") ? "all" : String.join(",", ddl));
        }
    }

    private static Map<String, String> ddl() {
        Map<String, String> ddl = new LinkedHashMap<>();
        ddl.put("noddl", "all");
        for (String kind : List.of("create_schema", "drop_schema", "create_table", "drop_table", "truncate",
                "drop_index", "alter_table", "alter_table_add_column", "alter_table_drop_column",
                "alter_table_modify_column", "alter_table_change_column", "alter_table_alter_column")) {
            ddl.put("noddl" + kind.replace("_", ""), kind);
        }
        return Map.copyOf(ddl);
    }
}
