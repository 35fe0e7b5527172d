package io.dtle.common.record;

/**
 * The envelope's {@code op} codes, as Debezium writes them. Kept here (not taken from
 * Debezium's Envelope) so the sink and SMTs need no Debezium dependency.
 */
public enum Operation {
    READ("r"),
    CREATE("c"),
    UPDATE("u"),
    DELETE("d"),
    TRUNCATE("t");

    private final String code;

    Operation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The operation for an envelope's {@code op} value; unknown codes are a contract violation. */
    public static Operation forCode(String code) {
        for (Operation op : values()) {
            if (op.code.equals(code)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown envelope op code: " + code);
    }
}
