package io.dtle.sink.ddl;

import io.dtle.common.mysql.MySqlIdentifiers;
import io.dtle.sink.TableMapping;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites the table and database names of renamed source databases and tables in a DDL statement: qualified names
 * {@code db.t} of any renamed database everywhere (whatever the statement's default database), the database of
 * CREATE/ALTER/DROP DATABASE, and bare table names of the statement's default database where a table name
 * stands (after TABLE, INTO, FROM, JOIN, REFERENCES, TO, LIKE, EXISTS, ON and in DROP/RENAME TABLE lists). String
 * literals and comments are left alone. Bare names elsewhere are columns, indexes or constraints: not renamed.
 */
final class DdlRenamer {
    private static final Set<String> BEFORE_TABLE = Set.of("TABLE", "INTO", "FROM", "JOIN", "REFERENCES", "TO", "LIKE",
            "EXISTS", "ON", "UPDATE");
    private static final Set<String> BEFORE_DATABASE = Set.of("DATABASE", "SCHEMA");

    private DdlRenamer() {
    }

    static String rename(String ddl, String database, TableMapping mapping) {
        List<Token> tokens = Token.split(ddl);
        boolean tableList = startsWithAny(tokens, "DROP", "RENAME");
        StringBuilder out = new StringBuilder(ddl.length() + 16);
        String previousWord = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isName()) {
                out.append(token.text());
                if (token.isWord() || token.text().trim().equals(",")) {
                    previousWord = token.text().trim().toUpperCase(Locale.ROOT);
                }
                continue;
            }
            int dot = nextSignificant(tokens, i + 1);
            if (dot < tokens.size() && tokens.get(dot).text().equals(".")) {
                int second = nextSignificant(tokens, dot + 1);
                if (second < tokens.size() && tokens.get(second).isName()) {
                    String qualifier = token.name();
                    String table = tokens.get(second).name();
                    if (mapping.renames(qualifier)) {
                        out.append(MySqlIdentifiers.quoteQualified(mapping.targetDatabase(qualifier),
                                mapping.target(qualifier, table).table()));
                    } else {
                        out.append(token.text()).append('.').append(tokens.get(second).text());
                    }
                    i = second;
                    previousWord = "";
                    continue;
                }
            }
            String name = token.name();
            if (BEFORE_DATABASE.contains(previousWord) || isAfterIfExists(tokens, i, BEFORE_DATABASE)) {
                out.append(mapping.targetDatabase(name).equals(name) ? token.text()
                        : MySqlIdentifiers.quote(mapping.targetDatabase(name)));
            } else if ((BEFORE_TABLE.contains(previousWord) || tableList && previousWord.equals(","))
                    && !mapping.target(database, name).table().equals(name)) {
                out.append(MySqlIdentifiers.quote(mapping.target(database, name).table()));
            } else {
                out.append(token.text());
            }
            previousWord = token.isWord() ? token.text().toUpperCase(Locale.ROOT) : "";
        }
        return out.toString();
    }

    /** Whether the name follows {@code DATABASE IF [NOT] EXISTS} (or SCHEMA). */
    private static boolean isAfterIfExists(List<Token> tokens, int index, Set<String> keywords) {
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (!token.isWord()) {
                if (token.isSpace()) {
                    continue;
                }
                return false;
            }
            String word = token.text().toUpperCase(Locale.ROOT);
            if (!word.equals("EXISTS") && !word.equals("NOT") && !word.equals("IF")) {
                return keywords.contains(word);
            }
        }
        return false;
    }

    private static boolean startsWithAny(List<Token> tokens, String... keywords) {
        for (Token token : tokens) {
            if (token.isWord()) {
                String first = token.text().toUpperCase(Locale.ROOT);
                for (String keyword : keywords) {
                    if (keyword.equals(first)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static int nextSignificant(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).isSpace()) {
            i++;
        }
        return i;
    }
}
