package io.dtle.source.stream;

import io.dtle.common.job.Bookkeeping;
import java.util.regex.Pattern;

/**
 * Recognises a statement on the dtle sink's bookkeeping database written with qualified names and no default
 * database (e.g. {@code ALTER TABLE dtle.gtid_executed_v2 ...}). The parser knows no definition of those tables,
 * so it reports such a statement without a database; by its text it belongs to the bookkeeping database.
 */
final class BookkeepingStatements {
    private static final Pattern QUALIFIED = Pattern.compile(
            "(^|[\\s,(])`?" + Pattern.quote(Bookkeeping.DATABASE) + "`?\\s*\\.\\s*[`A-Za-z0-9_$]",
            Pattern.CASE_INSENSITIVE);

    private BookkeepingStatements() {
    }

    static boolean names(String sql) {
        return sql != null && QUALIFIED.matcher(sql).find();
    }
}
