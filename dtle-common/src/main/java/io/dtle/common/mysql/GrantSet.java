package io.dtle.common.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privileges in the lines of SHOW GRANTS, MySQL's or MariaDB's: global ones, per database
 * (a LIKE pattern, as GRANT ... ON `db\_x`.* allows) and per table, plus the roles granted.
 * Synonyms are folded: MariaDB's BINLOG MONITOR is REPLICATION CLIENT, REPLICA is REPLICATION
 * SLAVE, ALL PRIVILEGES covers everything at its level. Lines are never kept: MariaDB's may hold
 * a password hash.
 */
public final class GrantSet {
    public static final String SELECT = "SELECT";
    public static final String REPLICATION_CLIENT = "REPLICATION CLIENT";
    public static final String REPLICATION_SLAVE = "REPLICATION SLAVE";
    private static final String ALL = "ALL";
    private static final Pattern PRIVILEGE_GRANT = Pattern.compile(
            "GRANT\\s+(.+?)\\s+ON\\s+(?:TABLE\\s+)?(\\S+)\\s+TO\\s+.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ROLE_GRANT = Pattern.compile("GRANT\\s+(.+?)\\s+TO\\s+.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Map<String, String> SYNONYMS = Map.of("ALL PRIVILEGES", ALL, "BINLOG MONITOR",
            REPLICATION_CLIENT, "REPLICA", REPLICATION_SLAVE, "REPLICATION REPLICA", REPLICATION_SLAVE);

    private final Set<String> global = new HashSet<>();
    private final Map<Pattern, Set<String>> byDatabase = new HashMap<>();
    private final Map<String, Set<String>> byTable = new HashMap<>();
    private final List<String> roles = new ArrayList<>();

    public static GrantSet parse(List<String> lines) {
        GrantSet grants = new GrantSet();
        lines.forEach(grants::add);
        return grants;
    }

    /** Whether a global privilege is held, directly or through ALL PRIVILEGES ON *.*. */
    public boolean hasGlobal(String privilege) {
        return global.contains(privilege) || global.contains(ALL);
    }

    /** Whether SELECT on {@code database.table} is held at any level. */
    public boolean canSelect(String database, String table) {
        return canSelectDatabase(database) || holds(byTable.get(key(database, table)));
    }

    /** Whether SELECT is held on the whole database or on some table of it. */
    public boolean canSelectSomething(String database) {
        if (canSelectDatabase(database)) {
            return true;
        }
        String prefix = database.toLowerCase(Locale.ROOT) + ".";
        return byTable.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix) && holds(e.getValue()));
    }

    /** Whether SELECT is held anywhere at all. */
    public boolean canSelectAnything() {
        return hasGlobal(SELECT) || byDatabase.values().stream().anyMatch(GrantSet::holds)
                || byTable.values().stream().anyMatch(GrantSet::holds);
    }

    /**
     * Whether {@code privilege} is held on the whole of {@code database}: globally, or by a database-level grant
     * whose pattern matches it (ALL PRIVILEGES counts).
     */
    public boolean holdsOnDatabase(String privilege, String database) {
        return hasGlobal(privilege) || byDatabase.entrySet().stream().anyMatch(e -> e.getKey().matcher(database)
                .matches() && (e.getValue().contains(privilege) || e.getValue().contains(ALL)));
    }

    /** Whether {@code privilege} is held at some level: globally, on some database or on some table. */
    public boolean holdsAnywhere(String privilege) {
        return hasGlobal(privilege)
                || byDatabase.values().stream().anyMatch(p -> p.contains(privilege) || p.contains(ALL))
                || byTable.values().stream().anyMatch(p -> p.contains(privilege) || p.contains(ALL));
    }

    /** The roles granted, as SHOW GRANTS quotes them, e.g. {@code `r`@`%`}. */
    public List<String> roles() {
        return List.copyOf(roles);
    }

    private boolean canSelectDatabase(String database) {
        return hasGlobal(SELECT) || byDatabase.entrySet().stream()
                .anyMatch(e -> e.getKey().matcher(database).matches() && holds(e.getValue()));
    }

    private static boolean holds(Set<String> privileges) {
        return privileges != null && (privileges.contains(SELECT) || privileges.contains(ALL));
    }

    private void add(String line) {
        Matcher privilege = PRIVILEGE_GRANT.matcher(line.trim());
        if (privilege.matches()) {
            addPrivileges(splitOutsideParentheses(privilege.group(1)), privilege.group(2));
            return;
        }
        Matcher role = ROLE_GRANT.matcher(line.trim());
        if (role.matches() && !role.group(1).toUpperCase(Locale.ROOT).startsWith("PROXY")) {
            for (String name : splitOutsideParentheses(role.group(1))) {
                roles.add(name.trim());
            }
        }
    }

    private void addPrivileges(List<String> privileges, String target) {
        Set<String> names = new HashSet<>();
        for (String privilege : privileges) {
            String name = privilege.replaceAll("\\(.*\\)", "").trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            names.add(SYNONYMS.getOrDefault(name, name));
        }
        String[] parts = target.split("\\.", 2);
        if (parts.length != 2) {
            return;
        }
        if (parts[0].equals("*") && parts[1].equals("*")) {
            global.addAll(names);
        } else if (parts[1].equals("*")) {
            byDatabase.computeIfAbsent(likePattern(unquote(parts[0])), p -> new HashSet<>()).addAll(names);
        } else {
            byTable.computeIfAbsent(key(unquote(parts[0]), unquote(parts[1])), t -> new HashSet<>()).addAll(names);
        }
    }

    /** GRANT's database names are LIKE patterns: % and _ are wildcards unless escaped. */
    private static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String unquote(String name) {
        return name.startsWith("`") && name.endsWith("`") && name.length() > 1
                ? name.substring(1, name.length() - 1).replace("``", "`") : name;
    }

    private static String key(String database, String table) {
        return (database + "." + table).toLowerCase(Locale.ROOT);
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        return parts;
    }
}
