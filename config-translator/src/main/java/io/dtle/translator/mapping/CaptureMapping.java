package io.dtle.translator.mapping;

import static io.dtle.source.CaptureConfigKeys.DATABASE_EXCLUDE_LIST_CONFIG;
import static io.dtle.source.CaptureConfigKeys.DATABASE_INCLUDE_LIST_CONFIG;
import static io.dtle.source.CaptureConfigKeys.TABLE_EXCLUDE_LIST_CONFIG;
import static io.dtle.source.CaptureConfigKeys.TABLE_INCLUDE_LIST_CONFIG;
import static io.dtle.source.CaptureConfigKeys.WHERE_PREFIX;

import io.dtle.translator.job.SchemaSelection;
import io.dtle.translator.job.TableSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ReplicateDoDb and ReplicateIgnoreDb as the source's include and exclude lists (regular expressions over whole
 * names, so literal names are quoted) and its {@code where.<db>.<table>} conditions.
 */
final class CaptureMapping {
    private static final Pattern REGEX_SPECIAL = Pattern.compile("([\\\\.\\[\\]{}()*+?^$|])");

    private CaptureMapping() {
    }

    static void put(List<SchemaSelection> include, List<SchemaSelection> exclude, Map<String, String> config) {
        putList(config, DATABASE_INCLUDE_LIST_CONFIG, include.stream().map(CaptureMapping::schemaPattern).toList());
        if (include.stream().anyMatch(s -> !s.tables().isEmpty())) {
            putList(config, TABLE_INCLUDE_LIST_CONFIG, tablePatterns(include, true));
        }
        putList(config, DATABASE_EXCLUDE_LIST_CONFIG, exclude.stream().filter(s -> s.tables().isEmpty())
                .map(CaptureMapping::schemaPattern).toList());
        putList(config, TABLE_EXCLUDE_LIST_CONFIG, tablePatterns(exclude, false));
        for (SchemaSelection schema : include) {
            for (TableSelection table : schema.tables()) {
                if (table.where() != null) {
                    config.put(WHERE_PREFIX + schema.name() + "." + table.name(), table.where());
                }
            }
        }
    }

    /** Patterns of the listed tables; a database without tables counts as all its tables when asked to. */
    private static List<String> tablePatterns(List<SchemaSelection> schemas, boolean wholeSchemas) {
        List<String> patterns = new ArrayList<>();
        for (SchemaSelection schema : schemas) {
            if (schema.tables().isEmpty() && wholeSchemas) {
                patterns.add(schemaPattern(schema) + "\\..*");
            }
            for (TableSelection table : schema.tables()) {
                String tablePattern = table.name() != null ? quote(table.name()) : table.regex();
                patterns.add(schemaPattern(schema) + "\\." + tablePattern);
            }
        }
        return patterns;
    }

    private static String schemaPattern(SchemaSelection schema) {
        return schema.name() != null ? quote(schema.name()) : schema.regex();
    }

    static String quote(String literal) {
        return REGEX_SPECIAL.matcher(literal).replaceAll("\\\\$1");
    }

    private static void putList(Map<String, String> config, String key, List<String> values) {
        if (!values.isEmpty()) {
            config.put(key, String.join(",", values));
        }
    }
}
