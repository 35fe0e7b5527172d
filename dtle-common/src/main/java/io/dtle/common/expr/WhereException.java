package io.dtle.common.expr;

/**
 * A Where condition that cannot be used. The message quotes the condition, says what is wrong with it and
 * what to do, so it can go to the user as is (for example from a connector's config validation).
 */
public class WhereException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String expression;

    /** A problem with {@code expression}: {@code problem} says what is wrong, {@code advice} what to do. */
    public WhereException(String expression, String problem, String advice) {
        super("Where condition \"" + expression + "\" cannot be used: " + problem + "; " + advice + ".");
        this.expression = expression;
    }

    /** The condition as the user wrote it. */
    public String expression() {
        return expression;
    }
}
