package io.dtle.source;

import io.dtle.common.job.Bookkeeping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which databases and tables the connector captures, from the four include/exclude
 * lists. Patterns match whole names, ignoring case, as in Debezium; an exclude always wins over
 * an include, as dtle's ReplicateIgnoreDb wins over ReplicateDoDb. Without a database include
 * list, the system databases are left out.
 */
public final class TableFilter {
    /** Databases MySQL and MariaDB use for themselves. */
    public static final Set<String> SYSTEM_DATABASES = Set.of("mysql", "sys", "information_schema",
            "performance_schema");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_$]+");

    private final List<Pattern> databaseIncludes;
    private final List<Pattern> databaseExcludes;
    private final List<Pattern> tableIncludes;
    private final List<Pattern> tableExcludes;
    private final List<String> tableIncludeTexts;
    private final List<String> databaseIncludeTexts;

    public TableFilter(List<String> databaseIncludes, List<String> databaseExcludes, List<String> tableIncludes,
            List<String> tableExcludes) {
        this.databaseIncludes = compile(databaseIncludes);
        this.databaseExcludes = compile(databaseExcludes);
        this.tableIncludes = compile(tableIncludes);
        this.tableExcludes = compile(tableExcludes);
        this.databaseIncludeTexts = List.copyOf(databaseIncludes);
        this.tableIncludeTexts = List.copyOf(tableIncludes);
    }

    /**
     * Whether some tables of {@code database} may be captured. The dtle sink's bookkeeping database never is: it is
     * not user data (the stream still reads its rows to tag dtle-applied transactions).
     */
    public boolean includesDatabase(String database) {
        if (Bookkeeping.DATABASE.equalsIgnoreCase(database) || matchesAny(databaseExcludes, database)) {
            return false;
        }
        if (databaseIncludes.isEmpty()) {
            return !SYSTEM_DATABASES.contains(database.toLowerCase(Locale.ROOT));
        }
        return matchesAny(databaseIncludes, database);
    }

    /** Whether {@code database.table} is captured. */
    public boolean includesTable(String database, String table) {
        if (!includesDatabase(database)) {
            return false;
        }
        String qualified = database + "." + table;
        if (matchesAny(tableExcludes, qualified)) {
            return false;
        }
        return tableIncludes.isEmpty() || matchesAny(tableIncludes, qualified);
    }

    /**
     * Entries of database.include.list that are plain names rather than patterns, which must
     * therefore exist on the server.
     */
    public List<String> literalDatabases() {
        List<String> names = new ArrayList<>();
        for (String entry : databaseIncludeTexts) {
            if (IDENTIFIER.matcher(entry).matches()) {
                names.add(entry);
            }
        }
        return names;
    }

    /**
     * Entries of table.include.list that name one table, {@code db.table} or {@code db\.table},
     * as {@code [db, table]} pairs: these must exist on the server.
     */
    public List<List<String>> literalTables() {
        List<List<String>> names = new ArrayList<>();
        for (String entry : tableIncludeTexts) {
            String[] parts = entry.replace("\\.", ".").split("\\.", -1);
            if (parts.length == 2 && IDENTIFIER.matcher(parts[0]).matches()
                    && IDENTIFIER.matcher(parts[1]).matches()) {
                names.add(List.of(parts[0], parts[1]));
            }
        }
        return names;
    }

    private static boolean matchesAny(List<Pattern> patterns, String name) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> compile(List<String> regexes) {
        List<Pattern> patterns = new ArrayList<>(regexes.size());
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex.trim(), Pattern.CASE_INSENSITIVE));
        }
        return List.copyOf(patterns);
    }
}
