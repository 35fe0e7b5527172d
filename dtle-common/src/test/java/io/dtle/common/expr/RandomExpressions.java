package io.dtle.common.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random conditions over {@link RandomRows}' columns using every operator and function the engine supports,
 * fully parenthesised (JSqlParser cannot read chained comparisons or {@code - -5}, which MySQL can). Literals
 * of every type sit beside columns of every type so that each coercion path is taken.
 */
final class RandomExpressions {
    /** A condition and the operators and functions it uses, for the per-operator summary. */
    record Generated(String text, Set<String> operators) {
    }

    private static final String[] LITERALS = {"0", "1", "5", "(-3)", "1.5", "0.0", "2.50", "1e1", "0.1", "'5'",
        "'abc'", "'ABC'", "'Abc'", "'abc '", "'5x'", "' 5'", "''", "'1.50'", "'0.1'", "'é'", "'E'", "'ß'", "NULL",
        "TRUE", "FALSE", "'2024-01-01'", "'2024-01-01 10:00:00'", "20240101", "'12:30:00'", "'x,z'", "'B'",
        "9223372036854775807", "(-9223372036854775808)", "18446744073709551615", "2024", "'2024'", "255"};
    private static final String[] PATTERNS = {"'a%'", "'%b%'", "'A_C'", "'abc'", "'ABC '", "'a\\\\%c'", "'%\\\\_%'",
        "'%'", "'_'", "''", "'e'", "'É%'", "'5%'", "'2024%'", "'%:%'", "'%1%'", "'a|%c'", "'x%'", "'%a'"};
    private static final String[] COMPARISONS = {"=", "<>", "!=", "<", "<=", ">", ">=", "<=>"};
    private static final String[] ARITHMETIC = {"+", "-", "*", "/", "DIV", "%", "MOD"};
    private static final String[] TESTS = {"IS NULL", "IS NOT NULL", "IS TRUE", "IS FALSE", "IS NOT TRUE",
        "IS NOT FALSE", "IS UNKNOWN"};
    private static final String[] CASTS = {"SIGNED", "UNSIGNED", "DECIMAL(6,2)", "DECIMAL(20,4)", "CHAR", "CHAR(2)",
        "BINARY(3)", "DATE", "DATETIME", "DATETIME(6)", "TIME", "DOUBLE"};
    private static final String[] UNARY = {"LOWER", "UPPER", "LENGTH", "CHAR_LENGTH", "TRIM", "YEAR", "MONTH", "DAY",
        "DATE", "ABS"};

    private final Random random;
    private final List<String> columns;
    private Set<String> used;

    RandomExpressions(Random random) {
        this.random = random;
        this.columns = RandomRows.COLUMNS.stream().map(RandomRows.Column::name).toList();
    }

    Generated next() {
        used = new TreeSet<>();
        String text = condition(1 + random.nextInt(3));
        return new Generated(text, used);
    }

    private String condition(int depth) {
        if (depth <= 0) {
            return atom();
        }
        int choice = random.nextInt(100);
        if (choice < 20) {
            return binary(depth, use(pick(COMPARISONS)));
        }
        if (choice < 30) {
            return random.nextInt(4) == 0 ? "(NOT " + expr(depth - 1) + ")" + tag("NOT")
                    : binary(depth, use(pick("AND", "OR", "XOR")));
        }
        if (choice < 38) {
            return in(depth);
        }
        if (choice < 45) {
            String not = random.nextBoolean() ? "NOT " : "";
            return "(" + expr(depth - 1) + " " + use(not + "BETWEEN") + " " + expr(depth - 2) + " AND " + expr(depth - 2) + ")";
        }
        if (choice < 55) {
            return like(depth);
        }
        if (choice < 62) {
            return "(" + expr(depth - 1) + " " + use(pick(TESTS)) + ")";
        }
        return expr(depth);
    }

    /** A value-producing expression; conditions are values too, so this recurses into {@link #condition}. */
    private String expr(int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return atom();
        }
        int choice = random.nextInt(100);
        if (choice < 25) {
            return condition(depth);
        }
        if (choice < 45) {
            return random.nextInt(6) == 0 ? "(-" + expr(depth - 1) + ")" + tag("unary -")
                    : binary(depth, use(pick(ARITHMETIC)));
        }
        if (choice < 70) {
            return function(depth);
        }
        if (choice < 80) {
            String target = pick(CASTS);
            return "CAST(" + expr(depth - 1) + " AS " + target + ")" + tag("CAST AS " + target);
        }
        return conditional(depth);
    }

    private String function(int depth) {
        return switch (random.nextInt(5)) {
            case 0 -> use("CONCAT") + "(" + expr(depth - 1) + ", " + expr(depth - 1)
                    + (random.nextBoolean() ? ", " + atom() : "") + ")";
            case 1 -> use("SUBSTRING") + "(" + expr(depth - 1) + ", " + pick("1", "2", "(-1)", "0", "(-3)", "'2'")
                    + (random.nextBoolean() ? ", " + pick("2", "0", "1", "(-1)", "5") : "") + ")";
            case 2 -> use("MOD") + "(" + expr(depth - 1) + ", " + expr(depth - 1) + ")";
            default -> use(pick(UNARY)) + "(" + expr(depth - 1) + ")";
        };
    }

    private String conditional(int depth) {
        return switch (random.nextInt(4)) {
            case 0 -> use("IF") + "(" + expr(depth - 1) + ", " + expr(depth - 1) + ", " + expr(depth - 1) + ")";
            case 1 -> use("IFNULL") + "(" + expr(depth - 1) + ", " + expr(depth - 1) + ")";
            case 2 -> use("COALESCE") + "(" + expr(depth - 1) + ", " + expr(depth - 1) + ", " + atom() + ")";
            default -> random.nextBoolean()
                    ? "CASE " + expr(depth - 1) + " WHEN " + atom() + " THEN " + expr(depth - 1) + " WHEN " + atom()
                            + " THEN " + atom() + " ELSE " + expr(depth - 1) + " END" + tag("CASE value")
                    : "CASE WHEN " + expr(depth - 1) + " THEN " + expr(depth - 1)
                            + (random.nextBoolean() ? " ELSE " + expr(depth - 1) : "") + " END" + tag("CASE WHEN");
        };
    }

    private String binary(int depth, String operator) {
        return "(" + expr(depth - 1) + " " + operator + " " + expr(depth - 1) + ")";
    }

    private String in(int depth) {
        List<String> items = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            items.add(random.nextInt(3) == 0 ? expr(depth - 2) : atom());
        }
        return "(" + expr(depth - 1) + " " + use(random.nextBoolean() ? "IN" : "NOT IN") + " (" + String.join(", ", items) + "))";
    }

    private String like(int depth) {
        String subject = random.nextBoolean() ? column() : expr(depth - 1);
        String pattern = random.nextInt(5) == 0 ? atom() : pick(PATTERNS);
        String operator = random.nextBoolean() ? "NOT LIKE" : "LIKE";
        String escape = random.nextInt(4) == 0 ? " ESCAPE '|'" : "";
        used.add(operator + (escape.isEmpty() ? "" : " ESCAPE"));
        return "(" + subject + " " + operator + " " + pattern + escape + ")";
    }

    private String atom() {
        return random.nextBoolean() ? column() : pick(LITERALS);
    }

    private String column() {
        return columns.get(random.nextInt(columns.size()));
    }

    private String use(String operator) {
        used.add(operator);
        return operator;
    }

    /** Records an operator whose text is written around its operands rather than between them. */
    private String tag(String operator) {
        used.add(operator);
        return "";
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
