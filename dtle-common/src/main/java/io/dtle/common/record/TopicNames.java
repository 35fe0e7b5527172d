package io.dtle.common.record;

/**
 * Topic names of the record contract. They match Debezium's default topic naming so a
 * Debezium consumer finds the same topics: {@code <prefix>.<db>.<table>} for changes,
 * {@code <prefix>} for schema changes, {@code <prefix>.transaction} for BEGIN/END markers; {@code <prefix>.ordered} holds all of
 * them in ordered routing.
 */
public final class TopicNames {

    public static final String TRANSACTION_SUFFIX = "transaction";
    public static final String ORDERED_SUFFIX = "ordered";

    private TopicNames() {
    }

    /** The topic of one table's change events in {@link TopicRouting#TABLE} routing. */
    public static String tableTopic(String prefix, String database, String table) {
        return requireName(prefix, "prefix") + "." + requireName(database, "database") + "."
                + requireName(table, "table");
    }

    /** The topic of DDL events in {@link TopicRouting#TABLE} routing: the prefix itself, like Debezium. */
    public static String schemaChangeTopic(String prefix) {
        return requireName(prefix, "prefix");
    }

    /** The topic of transaction BEGIN/END markers in {@link TopicRouting#TABLE} routing. */
    public static String transactionTopic(String prefix) {
        return requireName(prefix, "prefix") + "." + TRANSACTION_SUFFIX;
    }

    /**
     * The one topic of {@link TopicRouting#ORDERED} routing, {@code <prefix>.ordered}: every row change, schema
     * change and BEGIN/END marker of the job, in binlog order, in its single partition.
     */
    public static String orderedTopic(String prefix) {
        return requireName(prefix, "prefix") + "." + ORDERED_SUFFIX;
    }

    /** Schema names are {@code <prefix>.<db>.<table>.Key} / {@code .Envelope}: the table topic plus a suffix. */
    public static String keySchemaName(String prefix, String database, String table) {
        return tableTopic(prefix, database, table) + EnvelopeFields.KEY_SCHEMA_SUFFIX;
    }

    public static String envelopeSchemaName(String prefix, String database, String table) {
        return tableTopic(prefix, database, table) + EnvelopeFields.ENVELOPE_SCHEMA_SUFFIX;
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A topic name needs a non-empty " + what);
        }
        return name;
    }
}
