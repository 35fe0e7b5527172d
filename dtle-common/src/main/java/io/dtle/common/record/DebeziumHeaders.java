package io.dtle.common.record;

/**
 * Headers Debezium itself puts on records, which dtle emits the same way so Debezium
 * consumers keep working: on a primary-key change the delete carries the new key and the
 * create carries the old key.
 */
public final class DebeziumHeaders {

    /** On the delete half of a primary-key change: the row's key after the update. */
    public static final String PK_UPDATE_NEW_KEY = "__debezium.newkey";
    /** On the create half of a primary-key change: the row's key before the update. */
    public static final String PK_UPDATE_OLD_KEY = "__debezium.oldkey";

    private DebeziumHeaders() {
    }
}
