package io.dtle.common.expr;

/** A {@code where.<db>.<table>} setting that cannot be used; the message names the key and says what to do. */
public final class TableConditionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    TableConditionException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The setting's full key, {@code where.<db>.<table>}. */
    public String key() {
        return key;
    }
}
