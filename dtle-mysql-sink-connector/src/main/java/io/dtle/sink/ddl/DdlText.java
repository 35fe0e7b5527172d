package io.dtle.sink.ddl;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few facts the sink reads from DDL text itself: whether it creates or drops a database (those run outside any
 * database), and the name a CREATE TABLE / CREATE DATABASE of the snapshot creates, so it can be made idempotent
 * ({@code IF NOT EXISTS}) and renamed. Leading comments are skipped.
 */
final class DdlText {
    private static final String NAME = "(`(?:[^`]|``)+`|[A-Za-z0-9_$\\u0080-\\uFFFF]+)";
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s*(/\\*.*?\\*/|--[^\\n]*\\n|#[^\\n]*\\n))*\\s*",
            Pattern.DOTALL);
    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "CREATE\\s+(?:DATABASE|SCHEMA)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + NAME + "\\s*\\.\\s*)?" + NAME + "(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATABASE_LEVEL = Pattern.compile(
            "(?:CREATE|DROP|ALTER)\\s+(?:DATABASE|SCHEMA)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A CREATE TABLE's table name and everything after it. */
    record CreateTable(String table, String rest) {
    }

    private DdlText() {
    }

    static String withoutLeadingComments(String ddl) {
        return LEADING_COMMENTS.matcher(ddl).replaceFirst("");
    }

    static boolean isDatabaseLevel(String ddl) {
        return DATABASE_LEVEL.matcher(withoutLeadingComments(ddl)).matches();
    }

    /** The rest of a CREATE DATABASE after its name (character set, collation), if it is one. */
    static Optional<String> createDatabaseOptions(String ddl) {
        Matcher matcher = CREATE_DATABASE.matcher(withoutLeadingComments(ddl));
        return matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
    }

    static Optional<CreateTable> createTable(String ddl) {
        Matcher matcher = CREATE_TABLE.matcher(withoutLeadingComments(ddl));
        return matcher.matches() ? Optional.of(new CreateTable(unquote(matcher.group(2)), matcher.group(3)))
                : Optional.empty();
    }

    static boolean startsWith(String ddl, String keyword) {
        return withoutLeadingComments(ddl).toUpperCase(Locale.ROOT).startsWith(keyword);
    }

    static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
            return name.substring(1, name.length() - 1).replace("``", "`");
        }
        return name;
    }
}
