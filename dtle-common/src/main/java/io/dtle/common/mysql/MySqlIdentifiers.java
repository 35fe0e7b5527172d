package io.dtle.common.mysql;

import java.util.Objects;

/**
 * Checks and quotes MySQL identifiers (database, table and column names). Quoting always uses
 * backticks, so any name MySQL can hold is safe to put into SQL whatever the sql_mode
 * (ANSI_QUOTES changes only double quotes), and reserved words need no list.
 *
 * <p>A name MySQL cannot hold is rejected here, where the message can name it, rather than by
 * the server in the middle of a transaction: empty, longer than {@value #MAX_LENGTH}
 * characters, containing NUL or characters outside the Basic Multilingual Plane (identifiers
 * are utf8mb3), or ending with a space.
 */
public final class MySqlIdentifiers {
    public static final int MAX_LENGTH = 64;

    private static final char BACKTICK = '`';
    /** Messages quote at most this much of a (by definition faulty) name. */
    private static final int QUOTED_NAME_LIMIT = 100;

    private MySqlIdentifiers() {
    }

    /** {@code a`b} becomes {@code `a``b`}. */
    public static String quote(String identifier) {
        return appendQuoted(new StringBuilder(), identifier, "identifier").toString();
    }

    /** {@code `db`.`table`}, each part checked and quoted. */
    public static String quoteQualified(String database, String table) {
        StringBuilder sql = new StringBuilder();
        appendQuoted(sql, database, "database name").append('.');
        return appendQuoted(sql, table, "table name").toString();
    }

    /** Returns {@code identifier} if MySQL can hold it, else throws naming it. */
    public static String requireValid(String identifier) {
        return requireValid(identifier, "identifier");
    }

    private static StringBuilder appendQuoted(StringBuilder sql, String identifier, String role) {
        requireValid(identifier, role);
        sql.append(BACKTICK);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == BACKTICK) {
                sql.append(BACKTICK);
            }
            sql.append(c);
        }
        return sql.append(BACKTICK);
    }

    private static String requireValid(String identifier, String role) {
        Objects.requireNonNull(identifier, role);
        if (identifier.isEmpty()) {
            throw invalid(role, identifier, "is empty");
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '\0') {
                throw invalid(role, identifier, "contains NUL (\\0) at position " + (i + 1));
            }
            if (Character.isSurrogate(c)) {
                throw invalid(role, identifier, "contains a character outside Unicode's Basic Multilingual Plane at position "
                        + (i + 1) + ", which MySQL identifiers (utf8mb3) cannot hold");
            }
        }
        // Surrogates are rejected above, so length() counts characters as MySQL does.
        if (identifier.length() > MAX_LENGTH) {
            throw invalid(role, identifier, "is longer than " + MAX_LENGTH + " characters (" + identifier.length() + ")");
        }
        if (identifier.charAt(identifier.length() - 1) == ' ') {
            throw invalid(role, identifier, "ends with a space, which MySQL does not allow in names");
        }
        return identifier;
    }

    private static IllegalArgumentException invalid(String role, String identifier, String problem) {
        String shown = identifier.replace("\0", "\\0");
        if (shown.length() > QUOTED_NAME_LIMIT) {
            shown = shown.substring(0, QUOTED_NAME_LIMIT) + "...";
        }
        return new IllegalArgumentException("MySQL " + role + " \"" + shown + "\" " + problem);
    }
}
