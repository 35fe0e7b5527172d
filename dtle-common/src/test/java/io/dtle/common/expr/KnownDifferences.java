package io.dtle.common.expr;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * THE list of known differences between the engine and MySQL 8.0.33 that the differential test tolerates.
 * Each entry names a class of mismatch, says in one line why it exists, and recognises its cases; a
 * mismatch no entry recognises fails the test. "documented" entries are listed in WhereExpression's
 * Javadoc; "engine bug" entries are defects to fix (then delete the entry); "MySQL bug" entries are
 * MySQL's. Recognisers look at the expression text and the values of the columns it reads, so they are
 * coarse: the first matching entry is credited, most specific first.
 */
final class KnownDifferences {
    /** A tolerated class of mismatch. */
    record KnownDifference(String name, String reason, Predicate<DifferentialComparison.Case> matches) {
    }

    private static final Set<String> TEMPORALS = Set.of("dt", "dtm", "ts", "tm");
    private static final Set<String> NUMBERS = Set.of("ti", "tiu", "si", "siu", "mi", "miu", "i", "iu", "bi", "biu", "y",
            "d", "f", "db");
    private static final Set<String> STRINGS = Set.of("c", "vc", "bn", "vb");

    static final List<KnownDifference> LIST = List.of(
            new KnownDifference("parser: BETWEEN operand", "engine bug: JSqlParser refuses some valid BETWEENs, "
                    + "e.g. x BETWEEN (a IS NULL) AND f(b) or a BETWEEN as BETWEEN's left operand",
                    c -> String.valueOf(c.ours()).startsWith("refused") && c.expression().contains("BETWEEN")),
            new KnownDifference("MySQL: unsigned above 2^63", "MySQL bug: IN, BETWEEN and CASE compare BIGINT UNSIGNED "
                    + "values by their bits (18446744073709551615 matches -1), and against TIME it is an invalid time",
                    c -> c.expression().contains("18446744073709551615")
                    || c.expression().matches("(?s).*(IN \\(|BETWEEN|CASE).*")
                    && c.row().get("biu") instanceof BigInteger big && big.bitLength() == 64),
            new KnownDifference("JSON/ENUM/SET as text", "documented: used as their text (MySQL: JSON comparison, "
                    + "ENUM index and SET bits in numeric context; their type steers IN even when NULL)",
                    c -> reads(c, Set.of("e", "st", "j"))),
            new KnownDifference("BIT as string", "engine bug: a BIT value in string context (CONCAT, CAST AS BINARY, "
                    + "LIKE, mixed IF/IFNULL/COALESCE, IN lists) is its digits, MySQL uses its raw bytes",
                    c -> reads(c, Set.of("bt"))),
            new KnownDifference("YEAR 0 as text", "engine bug: YEAR 0 reaches the engine as the number 0, "
                    + "whose text is '0'; MySQL's is '0000'", c -> Long.valueOf(0).equals(c.row().get("y"))),
            new KnownDifference("YEAR against a small number", "engine bug: MySQL reads a 1-2 digit number compared "
                    + "with a YEAR column as a year (y > 5 means y > 2005, and 1 >= y means 2001 >= y)", c -> readsNonNull(c, Set.of("y"))
                    && c.expression().matches("(?s).*([<>=]|BETWEEN|IN \\().*")),
            new KnownDifference("strings as TIME", "engine bug: MySQL reads any string leniently as a TIME "
                    + "('2024-01-01' -> 00:20:24, '48.88' -> 00:00:48.88), the engine gives NULL or zero",
                    c -> c.expression().contains("AS TIME)") || readsNonNull(c, Set.of("tm"))
                    && (c.expression().contains("'") || readsNonNull(c, STRINGS))),
            new KnownDifference("9999-12-31 23:59:59.999999 in arithmetic", "not investigated: as a DOUBLE the "
                    + "engine rounds it to ...960 (ts + '' % CAST(ts AS SIGNED) is 0), MySQL keeps it apart",
                    c -> c.row().values().stream().anyMatch(KnownDifferences::roundsPastMaximum)
                    && c.expression().matches("(?s).*([-+*/%]|DIV|MOD).*")),
            new KnownDifference("decimal quotient as text", "documented: a quotient's text shows the engine's digits "
                    + "(5/16777215 is 0.000000298, MySQL 0.0000)", c -> c.expression().contains(" / ")
                    && c.expression().matches("(?s).*(SUBSTRING|CONCAT|LENGTH|LIKE|TRIM|UPPER|LOWER|AS CHAR|AS BINARY).*")),
            new KnownDifference("CAST AS DATE/DATETIME of non-dates", "engine bug: MySQL reads numbers and numeric "
                    + "strings as dates by its own delimiter rules ('84.125', '0.12024', '127.00')",
                    c -> c.expression().matches("(?s).*AS DATE(TIME)?(\\(6\\))?\\).*")),
            new KnownDifference("date parts of non-dates", "engine bug: YEAR/MONTH/DAY/DATE of a number that is not "
                    + "a date (MySQL: MONTH(1e10) is 0, MONTH(2.50) is NULL)",
                    c -> c.expression().matches("(?s).*\\b(YEAR|MONTH|DAY|DATE)\\(.*")),
            new KnownDifference("BETWEEN with a NULL bound", "documented: a NULL column (or NULL operand) does not "
                    + "take part in BETWEEN's choice of comparison type", c -> c.expression().contains("BETWEEN")
                    && (c.row().containsValue(null) || c.mysql() == null || c.ours() == null)),
            new KnownDifference("DATE against a datetime string", "engine bug: MySQL compares a DATE column with "
                    + "a string column as DATE, dropping the string's time part; the engine compares as DATETIME",
                    c -> readsNonNull(c, Set.of("dt")) && c.row().values().stream()
                    .anyMatch(v -> v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\d .*"))),
            new KnownDifference("TIME as a date", "documented for comparisons, not for DATE()/YEAR()/CAST AS DATETIME "
                    + "of a TIME: MySQL puts the TIME on today's date", c -> readsNonNull(c, Set.of("tm"))
                    && readsNonNull(c, Set.of("dt", "dtm", "ts"))),
            new KnownDifference("IN mixing dates and other types", "documented: such IN lists compare value by value",
                    c -> c.expression().contains("IN (") && (reads(c, TEMPORALS)
                    || c.expression().matches("(?s).*'(2024-01-01|12:30:00).*"))),
            new KnownDifference("invalid date strings", "documented: a string that is no date, compared with a date, "
                    + "reads as the zero date (MySQL errors for =, <; BETWEEN and IN differ)",
                    c -> readsNonNull(c, Set.of("dt", "dtm", "ts")) && c.expression().matches("(?s).*'(?!\\d{4}-\\d\\d-\\d\\d)[^']*'.*")),
            new KnownDifference("temporal vs numeric column", "engine bug: DATETIME/TIMESTAMP/TIME against a numeric "
                    + "or YEAR column; MySQL compares as numbers (dtm <= ti, tm != 1e300), the engine reads the number "
                    + "as a date or time; likewise BETWEEN a number and a string", c -> readsNonNull(c, TEMPORALS)
                    && (readsNonNull(c, NUMBERS) || c.expression().contains("BETWEEN")
                    || c.expression().matches("(?s).*\\d{19}.*"))),
            new KnownDifference("TIME against a fraction", "engine bug: MySQL reads a number compared with a TIME "
                    + "column as a TIME of the column's precision (tm >= 0.1 is tm >= '00:00:00')",
                    c -> readsNonNull(c, Set.of("tm")) && c.expression().matches("(?s).*(\\d\\.\\d|1e1).*")),
            new KnownDifference("fractional digits of temporals as numbers", "engine bug: DATETIME(6)/TIMESTAMP(6) "
                    + "in arithmetic has no fraction digits (ts * 1: MySQL 19700101000001.000000), seen in string "
                    + "functions", c -> readsNonNull(c, Set.of("dtm", "ts", "tm"))
                    && c.expression().matches("(?s).*(SUBSTRING|CONCAT|LENGTH|LIKE|TRIM|UPPER|LOWER|AS CHAR|AS BINARY).*")),
            new KnownDifference("BETWEEN text and binary", "engine bug: x BETWEEN with text and binary strings among "
                    + "its operands compares by collation; MySQL compares bytes ('a%' >= 'ABC')",
                    c -> c.expression().contains("BETWEEN") && readsNonNull(c, Set.of("bn", "vb"))),
            new KnownDifference("IN text and binary", "engine bug: an IN list holding a binary string compares every "
                    + "item by bytes in MySQL ('Abc' IN (vb, c) misses c='abc'); the engine compares item by item",
                    c -> c.expression().contains("IN (") && reads(c, Set.of("bn", "vb")) && reads(c, Set.of("c", "vc"))),
            new KnownDifference("FLOAT as text", "documented: a FLOAT column's text is its double value "
                    + "(0.10000000149011612, MySQL 0.1)", c -> readsNonNull(c, Set.of("f"))),
            new KnownDifference("mixed-type IF/IFNULL/COALESCE/CASE", "documented: the result keeps each value's own "
                    + "type; MySQL gives the whole expression one type (IF(x, int, varbinary) is a string)",
                    c -> c.expression().matches("(?s).*\\b(IF|IFNULL|COALESCE)\\(.*|.*\\bCASE\\b.*")));

    private KnownDifferences() {
    }

    static Optional<KnownDifference> of(DifferentialComparison.Case mismatch) {
        return LIST.stream().filter(known -> known.matches().test(mismatch)).findFirst();
    }

    private static boolean reads(DifferentialComparison.Case c, Set<String> columns) {
        return columns.stream().anyMatch(c.row()::containsKey);
    }

    private static boolean readsNonNull(DifferentialComparison.Case c, Set<String> columns) {
        return columns.stream().anyMatch(column -> c.row().get(column) != null);
    }

    private static boolean roundsPastMaximum(Object value) {
        return value instanceof LocalDateTime time && time.getYear() == 9999 && time.getDayOfYear() == 365
                && time.toLocalTime().toSecondOfDay() == 86_399 && time.getNano() >= 500_000_000;
    }
}
