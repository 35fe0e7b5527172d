package io.dtle.common.record;

/**
 * Field names of the Debezium envelope, its {@code source} block (Debezium's MySQL
 * connector, schema {@code io.debezium.connector.mysql.Source}) and its
 * {@code transaction} block, as far as dtle's own code reads them.
 */
public final class EnvelopeFields {

    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String SOURCE = "source";
    public static final String OP = "op";
    public static final String TS_MS = "ts_ms";
    public static final String TS_US = "ts_us";
    public static final String TS_NS = "ts_ns";
    public static final String TRANSACTION = "transaction";

    /** Value schema names end with this; the key schema's name ends with {@link #KEY_SCHEMA_SUFFIX}. */
    public static final String ENVELOPE_SCHEMA_SUFFIX = ".Envelope";
    public static final String VALUE_SCHEMA_SUFFIX = ".Value";
    public static final String KEY_SCHEMA_SUFFIX = ".Key";
    public static final String SOURCE_SCHEMA_NAME = "io.debezium.connector.mysql.Source";

    public static final String SOURCE_VERSION = "version";
    public static final String SOURCE_CONNECTOR = "connector";
    public static final String SOURCE_NAME = "name";
    public static final String SOURCE_TS_MS = "ts_ms";
    public static final String SOURCE_SNAPSHOT = "snapshot";
    public static final String SOURCE_DB = "db";
    public static final String SOURCE_TABLE = "table";
    public static final String SOURCE_SERVER_ID = "server_id";
    public static final String SOURCE_GTID = "gtid";
    public static final String SOURCE_FILE = "file";
    public static final String SOURCE_POS = "pos";
    public static final String SOURCE_ROW = "row";
    public static final String SOURCE_THREAD = "thread";
    public static final String SOURCE_QUERY = "query";

    public static final String TRANSACTION_ID = "id";
    public static final String TRANSACTION_TOTAL_ORDER = "total_order";
    public static final String TRANSACTION_DATA_COLLECTION_ORDER = "data_collection_order";

    private EnvelopeFields() {
    }
}
