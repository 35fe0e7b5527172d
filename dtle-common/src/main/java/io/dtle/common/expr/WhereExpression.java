package io.dtle.common.expr;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * A row condition in MySQL expression syntax ({@code a >= 5 AND status IN ('x','y')}), parsed once and
 * then evaluated with MySQL's semantics on any number of rows, from any number of threads.
 *
 * <p>The source connector pushes {@link #text()} into its snapshot query ({@code SELECT ... WHERE (text)})
 * and evaluates the same condition on binlog rows; the WhereFilter transform evaluates it on records. A
 * row passes only when the condition is TRUE: FALSE and NULL (unknown) both filter it out.
 *
 * <p>Where this engine knowingly differs from MySQL 8.0 (checked against 8.0.33):
 * <ul>
 *   <li>Where MySQL raises an error the engine still answers: BIGINT overflow gives an exact DECIMAL
 *       (MySQL: ERROR 1690), an invalid date string compared with a DATE reads as the zero date (MySQL:
 *       ERROR 1525 for =, &lt; and the like), and '0000-00-00' is accepted in comparisons.
 *   <li>Column types are not known before a row is seen, so IF/CASE/COALESCE over columns of different
 *       types keep each value's own type, and a NULL column does not take part in BETWEEN's choice of
 *       comparison type.
 *   <li>A TIME compared with a DATE or DATETIME is unknown (MySQL uses today's date), and IN lists mixing
 *       dates with strings or numbers compare value by value.
 *   <li>JSON, ENUM and SET columns compare as their text (MySQL: JSON comparison, ENUM index, SET bits).
 *   <li>TIMESTAMP columns compare as UTC wall-clock values.
 *   <li>Only the string form of some values differs: a decimal quotient shows its internal digits
 *       (0.333333333, MySQL 0.3333), a FLOAT column its double value, fractional seconds six digits.
 *   <li>JSqlParser cannot read a few valid MySQL forms, which are refused as syntax errors: chained
 *       comparisons ({@code a = b = c}, {@code a = b IS NULL}), {@code - -5}, adjacent string literals and
 *       character set introducers ({@code _utf8mb4'x'}).
 * </ul>
 */
public final class WhereExpression {
    private final String text;
    private final Node root;
    private final Set<String> columns;
    private final Collation collation;

    private WhereExpression(String text, Node root, Set<String> columns, Collation collation) {
        this.text = text;
        this.root = root;
        this.columns = columns;
        this.collation = collation;
    }

    /** Parses a condition comparing strings under MySQL 8.0's default collation; throws WhereException. */
    public static WhereExpression parse(String text) {
        return parse(text, Collation.DEFAULT);
    }

    /** Parses a condition comparing strings under {@code collation}; throws WhereException. */
    public static WhereExpression parse(String text, Collation collation) {
        if (text == null || text.isBlank()) {
            throw new WhereException(String.valueOf(text), "it is empty",
                    "write a condition such as a > 5, or leave the setting out to keep every row");
        }
        Expression parsed;
        try {
            parsed = CCJSqlParserUtil.parseCondExpression(TextRewriter.rewrite(text), false,
                    parser -> parser.withBackslashEscapeCharacter(true));
        } catch (JSQLParserException | RuntimeException e) {
            if (e instanceof WhereException where) {
                throw where;
            }
            throw new WhereException(text, "it is not valid MySQL syntax (" + firstLine(e) + ")",
                    "check operators, parentheses and quotes: strings go in 'single quotes', names in `backticks`");
        }
        TreeBuilder builder = new TreeBuilder(text, collation);
        Node root = builder.build(parsed);
        return new WhereExpression(text, root, Collections.unmodifiableSet(builder.columns()), collation);
    }

    /** The condition as written, for {@code SELECT ... WHERE (text)}. */
    public String text() {
        return text;
    }

    /** The columns the condition reads, in lower case and sorted. */
    public Set<String> columns() {
        return columns;
    }

    public Collation collation() {
        return collation;
    }

    /** Throws a WhereException when the condition reads a column {@code table} does not have (any case). */
    public void checkColumns(String table, Collection<String> tableColumns) {
        Set<String> known = tableColumns.stream().map(c -> c.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String column : columns) {
            if (!known.contains(column)) {
                throw new WhereException(text, "table " + table + " has no column " + column,
                        "use one of its columns: " + String.join(", ", known));
            }
        }
    }

    /** TRUE, FALSE, or null when the condition is unknown (NULL) for the row. */
    public Boolean evaluate(Row row) {
        return Values.truth(root.eval(row));
    }

    /** Whether the row passes: the condition is TRUE. */
    public boolean matches(Row row) {
        return evaluate(row) == Boolean.TRUE;
    }

    /** What a change with old row {@code before} and new row {@code after} (either may be null) becomes. */
    public RowChange classify(Row before, Row after) {
        return RowChange.of(before != null && matches(before), after != null && matches(after));
    }

    /** The condition's value as MySQL would compute it, for tests. */
    Object value(Row row) {
        return root.eval(row);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The useful part of JSqlParser's message; its positions refer to the rewritten text, so they go. */
    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null && e.getMessage() != null && e.getMessage().startsWith("net.sf")
                ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage()).strip();
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline).strip();
        String partial = "could only parse partial expression ";
        return message.startsWith(partial) ? "nothing valid follows " + message.substring(partial.length()) : message;
    }
}
