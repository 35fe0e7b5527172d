package io.dtle.source.stream;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The databases a statement names in qualified names ({@code db.t}, {@code `db`.`t`}, {@code db.*}), read from its
 * text. The parser reports a statement on a table it has no definition of (any table the connector does not
 * capture, e.g. the dtle sink's bookkeeping tables) without a database when it ran without a default database; its
 * qualified names still tell which databases it belongs to. Names inside string literals count too, which can only
 * make a statement look captured, never hide one.
 */
final class QualifiedNames {
    private static final String IDENTIFIER = "(?:`((?:[^`]|``)+)`|([A-Za-z_$][A-Za-z0-9_$]*))";
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![A-Za-z0-9_$.`])" + IDENTIFIER + "\\s*\\.\\s*(?:`|[A-Za-z0-9_$*])");

    private QualifiedNames() {
    }

    static Set<String> databases(String sql) {
        Set<String> databases = new LinkedHashSet<>();
        if (sql == null) {
            return databases;
        }
        Matcher matcher = QUALIFIED.matcher(sql);
        while (matcher.find()) {
            databases.add(matcher.group(1) != null ? matcher.group(1).replace("``", "`") : matcher.group(2));
        }
        return databases;
    }
}
