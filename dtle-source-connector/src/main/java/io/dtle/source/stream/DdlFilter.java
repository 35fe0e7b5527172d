package io.dtle.source.stream;

import io.dtle.source.schema.SchemaChange;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code dtle.skip.ddl}: which DDL statements not to emit. The connector still applies every statement to its
 * schema tracking; this only decides whether the schema change record goes out.
 */
public final class DdlFilter {
    private static final Pattern CREATE_SCHEMA = Pattern.compile("^CREATE\\s+(DATABASE|SCHEMA)\\b.*", Pattern.DOTALL);
    private static final Pattern DROP_SCHEMA = Pattern.compile("^DROP\\s+(DATABASE|SCHEMA)\\b.*", Pattern.DOTALL);
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE\\s+(TEMPORARY\\s+)?TABLE\\b.*",
            Pattern.DOTALL);
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP\\s+(TEMPORARY\\s+)?TABLE\\b.*", Pattern.DOTALL);
    private static final Pattern TRUNCATE = Pattern.compile("^TRUNCATE\\b.*", Pattern.DOTALL);
    private static final Pattern DROP_INDEX = Pattern.compile("^DROP\\s+INDEX\\b.*", Pattern.DOTALL);
    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER\\s+(ONLINE\\s+|IGNORE\\s+)?TABLE\\b.*",
            Pattern.DOTALL);

    private final Set<String> skipped;

    public DdlFilter(Set<String> skipped) {
        this.skipped = Set.copyOf(skipped);
    }

    public boolean emits(SchemaChange change) {
        return emits(change.ddl());
    }

    /** Whether a statement of this text is emitted. */
    public boolean emits(String ddl) {
        if (skipped.isEmpty()) {
            return true;
        }
        if (skipped.contains("all")) {
            return false;
        }
        String sql = ddl.strip().toUpperCase(Locale.ROOT);
        return !(matches("create_schema", CREATE_SCHEMA, sql) || matches("drop_schema", DROP_SCHEMA, sql)
                || matches("create_table", CREATE_TABLE, sql) || matches("drop_table", DROP_TABLE, sql)
                || matches("truncate", TRUNCATE, sql) || matches("drop_index", DROP_INDEX, sql)
                || matches("alter_table", ALTER_TABLE, sql) || alterOfOneKind(sql));
    }

    private boolean matches(String kind, Pattern pattern, String sql) {
        return skipped.contains(kind) && pattern.matcher(sql).matches();
    }

    /** ALTER TABLE made only of ADD/DROP/MODIFY/CHANGE/ALTER COLUMN clauses of one skipped kind. */
    private boolean alterOfOneKind(String sql) {
        if (!ALTER_TABLE.matcher(sql).matches()) {
            return false;
        }
        String clauses = sql.replaceFirst("^ALTER\\s+(ONLINE\\s+|IGNORE\\s+)?TABLE\\s+\\S+\\s*", "");
        for (String kind : new String[] {"ADD", "DROP", "MODIFY", "CHANGE", "ALTER"}) {
            String name = "alter_table_" + kind.toLowerCase(Locale.ROOT) + "_column";
            if (skipped.contains(name) && allClausesAre(clauses, kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allClausesAre(String clauses, String kind) {
        for (String clause : clauses.split(",(?![^(]*\\))")) {
            String text = clause.strip();
            boolean column = text.startsWith(kind + " COLUMN ") || (text.startsWith(kind + " ")
                    && !text.matches("^" + kind + "\\s+(INDEX|KEY|UNIQUE|PRIMARY|CONSTRAINT|FOREIGN|FULLTEXT|SPATIAL"
                    + "|CHECK|PARTITION)\\b.*"));
            if (!column) {
                return false;
            }
        }
        return true;
    }
}
