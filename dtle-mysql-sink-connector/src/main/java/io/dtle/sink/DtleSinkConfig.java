package io.dtle.sink;

import io.dtle.common.config.ConfigProblem;
import io.dtle.common.config.OwnConversion;
import io.dtle.common.job.JobIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of {@link DtleMySqlSinkConnector}. Names follow Debezium's JDBC sink where the concept is the same
 * ({@code connection.*}, {@code batch.size}) and dtle's job fields otherwise (ARCHITECTURE.md, "Configuration
 * names"). Renames and column maps are keyed by source table, like the source's {@code where.<db>.<table>}.
 */
public final class DtleSinkConfig extends AbstractConfig {
    public static final String CONNECTION_GROUP = "Connection";
    public static final String APPLY_GROUP = "Apply";
    public static final String SCHEMA_GROUP = "Tables and DDL";

    public static final String HOST_CONFIG = "connection.host";
    public static final String PORT_CONFIG = "connection.port";
    public static final String USER_CONFIG = "connection.username";
    public static final String PASSWORD_CONFIG = "connection.password";
    public static final String CHARSET_CONFIG = "connection.charset";
    public static final String CONNECT_TIMEOUT_MS_CONFIG = "connection.timeout.ms";
    public static final String JOB_NAME_CONFIG = "dtle.job.name";
    public static final String PARALLEL_WORKERS_CONFIG = "parallel.workers";
    public static final String PRESERVE_COMMIT_ORDER_CONFIG = "parallel.preserve.commit.order";
    public static final String FOREIGN_KEY_CHECKS_CONFIG = "foreign.key.checks";
    public static final String RETRY_TX_LIMIT_CONFIG = "retry.tx.limit";
    public static final String RETRY_BACKOFF_MS_CONFIG = "retry.backoff.ms";
    public static final String SET_GTID_NEXT_CONFIG = "set.gtid.next";
    public static final String SKIP_CREATE_CONFIG = "skip.create.db.table";
    public static final String DROP_TABLE_IF_EXISTS_CONFIG = "drop.table.if.exists";
    public static final String BATCH_SIZE_CONFIG = "batch.size";
    public static final String TRANSACTION_BUFFER_ROWS_CONFIG = "transaction.buffer.rows";
    public static final String GROUP_MAX_TRANSACTIONS_CONFIG = "group.max.transactions";
    public static final int GROUP_MAX_TRANSACTIONS_DEFAULT = 1000;
    public static final String GROUP_MAX_ROWS_CONFIG = "group.max.rows";
    public static final int GROUP_MAX_ROWS_DEFAULT = 5000;
    public static final String GROUP_MAX_DELAY_MS_CONFIG = "group.max.delay.ms";
    /** Off until a failover test's one stall with it is understood (docs/SINK.md). */
    public static final long GROUP_MAX_DELAY_MS_DEFAULT = 0;
    public static final String COMPACTION_INTERVAL_MS_CONFIG = "bookkeeping.compaction.interval.ms";
    public static final String DATABASE_RENAME_PREFIX = "database.rename.";
    public static final String TABLE_RENAME_PREFIX = "table.rename.";
    public static final String COLUMNS_PREFIX = "columns.";

    /**
     * Keys with a source table or database in their name, which ConfigDef cannot declare; documented here for the
     * configuration reference and checked by {@link #problems()}.
     */
    public static final Map<String, String> PREFIXED_KEYS = Map.of(
            DATABASE_RENAME_PREFIX + "<db>", "Writes source database <db> into the target database given as value "
                    + "(dtle's TableSchemaRename), e.g. database.rename.src1=agg. Applies to rows and DDL.",
            TABLE_RENAME_PREFIX + "<db>.<table>", "Writes source table <db>.<table> into the target table given as "
                    + "value (dtle's TableRename), inside the database the source database maps to, e.g. "
                    + "table.rename.demo.t=t_2020.",
            COLUMNS_PREFIX + "<db>.<table>", "The source columns of <db>.<table> to write and the target columns "
                    + "they go to (dtle's ColumnMapFrom/ColumnMapTo), as 'a,b:b2,c': 'b:b2' writes source column b "
                    + "into target column b2; columns not listed are not written. The target table must exist.");

    /** Connect's own key: the connector's name, the default job name. */
    public static final String CONNECTOR_NAME_CONFIG = "name";

    public static final ConfigDef CONFIG_DEF = define();

    public DtleSinkConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    private static ConfigDef define() {
        ConfigDef def = new ConfigDef();
        int order = 0;
        def.define(HOST_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyStringWithoutControlChars(), Importance.HIGH,
                        "Host name or IP address of the target MySQL (or MariaDB) server (dtle's Dest Host).",
                        CONNECTION_GROUP, ++order, Width.LONG, "Host")
                .define(PORT_CONFIG, Type.INT, 3306, ConfigDef.Range.between(1, 65_535), Importance.HIGH,
                        "TCP port of the target server.", CONNECTION_GROUP, ++order, Width.SHORT, "Port")
                .define(USER_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, "User the sink logs in as. It needs ALTER, CREATE, DROP, INDEX, REFERENCES, "
                                + "INSERT, DELETE, UPDATE, SELECT and TRIGGER on the target databases and on the "
                                + "database 'dtle' (the bookkeeping table); no SUPER unless set.gtid.next is on. "
                                + "The connector checks these at start.",
                        CONNECTION_GROUP, ++order, Width.MEDIUM, "User")
                .define(PASSWORD_CONFIG, Type.PASSWORD, "", null, Importance.HIGH,
                        "Password of connection.username. It is never logged or shown by the REST API.",
                        CONNECTION_GROUP, ++order, Width.MEDIUM, "Password")
                .define(CHARSET_CONFIG, Type.STRING, "utf8mb4", new ConfigDef.NonEmptyStringWithoutControlChars(),
                        Importance.LOW, "Character set of the sink's sessions (dtle's Charset).",
                        CONNECTION_GROUP, ++order, Width.SHORT, "Character set")
                .define(CONNECT_TIMEOUT_MS_CONFIG, Type.INT, 30_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                        "Milliseconds to wait for a connection to the target before the attempt fails "
                                + "(and is retried, see retry.tx.limit).",
                        CONNECTION_GROUP, ++order, Width.SHORT, "Connect timeout (ms)");
        order = 0;
        def.define(JOB_NAME_CONFIG, Type.STRING, "", null, Importance.MEDIUM,
                        "The job's name: its rows in the target's bookkeeping table dtle.gtid_executed_v2 and the "
                                + "dtle.origin header of loop detection are keyed by a UUID derived from it. Empty "
                                + "means the connector's name. Keep it when renaming a connector, or the sink "
                                + "forgets which source transactions it applied.",
                        APPLY_GROUP, ++order, Width.MEDIUM, "Job name")
                .define(PARALLEL_WORKERS_CONFIG, Type.INT, 1, ConfigDef.Range.between(1, 64), Importance.MEDIUM,
                        "Number of target connections applying independent source transactions at the same time "
                                + "(dtle's ParallelWorkers). Transactions that write the same rows, or that MySQL's "
                                + "logical clock marks as dependent, never overlap.",
                        APPLY_GROUP, ++order, Width.SHORT, "Parallel workers")
                .define(PRESERVE_COMMIT_ORDER_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                        "Whether parallel workers commit in the source's commit order (true), so a reader of the "
                                + "target never sees a later transaction without an earlier one; false lets "
                                + "independent transactions commit as they finish.",
                        APPLY_GROUP, ++order, Width.SHORT, "Preserve commit order")
                .define(FOREIGN_KEY_CHECKS_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM,
                        "Whether the sink's sessions check foreign keys (dtle's ForeignKeyChecks). Transactions on "
                                + "tables that a foreign key references are applied alone when this is on.",
                        APPLY_GROUP, ++order, Width.SHORT, "Foreign key checks")
                .define(RETRY_TX_LIMIT_CONFIG, Type.INT, 3, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                        "How many times a transaction that failed on a deadlock, a lock wait timeout or a lost "
                                + "connection is retried before the task fails (dtle's RetryTxLimit).",
                        APPLY_GROUP, ++order, Width.SHORT, "Transaction retries")
                .define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, 1000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "Milliseconds to wait before the first retry of a transaction; doubled on each further one.",
                        APPLY_GROUP, ++order, Width.SHORT, "Retry backoff (ms)")
                .define(SET_GTID_NEXT_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                        "Whether each source transaction is committed on the target under its source GTID "
                                + "(SET GTID_NEXT, dtle's SetGtidNext), so the target's own gtid_executed holds the "
                                + "source GTIDs. Needs the target user to have SYSTEM_VARIABLES_ADMIN or "
                                + "REPLICATION_APPLIER (MySQL), which cloud targets often refuse.",
                        APPLY_GROUP, ++order, Width.SHORT, "Set GTID_NEXT")
                .define(BATCH_SIZE_CONFIG, Type.INT, 1000, ConfigDef.Range.between(1, 20_000), Importance.MEDIUM,
                        "Most rows in one multi-row statement. Consecutive changes of one kind to one table inside "
                                + "a transaction, and snapshot rows, are written this many at a time; it also bounds "
                                + "the rows held in memory for a transaction that is being applied.",
                        APPLY_GROUP, ++order, Width.SHORT, "Batch size")
                .define(TRANSACTION_BUFFER_ROWS_CONFIG, Type.INT, 20_000, ConfigDef.Range.atLeast(1),
                        Importance.LOW, "Most row changes of one source transaction held in memory. A bigger "
                                + "transaction is applied as it streams in, alone, inside one target transaction, so "
                                + "memory does not grow with the size of source transactions.",
                        APPLY_GROUP, ++order, Width.SHORT, "Transaction buffer (rows)")
                .define(GROUP_MAX_TRANSACTIONS_CONFIG, Type.INT, GROUP_MAX_TRANSACTIONS_DEFAULT,
                        ConfigDef.Range.between(1, 10_000), Importance.MEDIUM, "Most source transactions applied "
                                + "together in one target transaction. When the sink lags, consecutive source "
                                + "transactions already received (in one delivery from Kafka, or queued in the "
                                + "applier) are committed together (each still whole, each with "
                                + "its bookkeeping row), so the target pays one commit for many; a group waits for "
                                + "more records only as long as " + GROUP_MAX_DELAY_MS_CONFIG + " allows. "
                                + "Transactions with DDL or TRUNCATE are never "
                                + "grouped. 1 applies every source transaction in its own target transaction. "
                                + "Grouping is off when set.gtid.next is true (a target transaction has one GTID).",
                        APPLY_GROUP, ++order, Width.SHORT, "Group: most transactions")
                .define(GROUP_MAX_ROWS_CONFIG, Type.INT, GROUP_MAX_ROWS_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.LOW, "Most row changes in one group of source transactions (see "
                                + GROUP_MAX_TRANSACTIONS_CONFIG + "); a source transaction with this many rows or "
                                + "more is applied alone. It also bounds the full copy's row batches that a lagging "
                                + "applier commits together.",
                        APPLY_GROUP, ++order, Width.SHORT, "Group: most rows")
                .define(GROUP_MAX_DELAY_MS_CONFIG, Type.LONG, GROUP_MAX_DELAY_MS_DEFAULT,
                        ConfigDef.Range.between(0, 10_000), Importance.LOW, "Longest time, in milliseconds, a "
                                + "group that is not full waits for the next delivery from Kafka to fill it, and "
                                + "only while the sink lags (deliveries come as big as the consumer allows); a sink "
                                + "that keeps up applies each delivery at once. Kafka offsets never cover a waiting "
                                + "group. 0, the default, applies every group at the end of the delivery that brought it; 100 gathered "
                                + "up to 2.3x more single-row transactions per second when the target's commits are "
                                + "slow.",
                        APPLY_GROUP, ++order, Width.SHORT, "Group: longest wait (ms)")
                .define(COMPACTION_INTERVAL_MS_CONFIG, Type.LONG, 10_000L, ConfigDef.Range.atLeast(100),
                        Importance.LOW, "How often the bookkeeping rows of applied transactions are merged into one "
                                + "interval row per source (in one target transaction, so no GTID is ever missing).",
                        APPLY_GROUP, ++order, Width.SHORT, "Bookkeeping compaction interval (ms)")
                .define(OwnConversion.CONVERTER_CONFIG, Type.CLASS, null, OwnConversion.CONVERTER_CLASS,
                        Importance.LOW, "A Converter class (e.g. io.dtle.common.json.SchemaCachingJsonConverter, "
                                + "JsonConverter's bytes, or org.apache.kafka.connect.json.JsonConverter) the "
                                + "sink applies itself to every record's key and value, on "
                                + OwnConversion.THREADS_CONFIG + " threads side by side, instead of leaving it to "
                                + "Connect's single task thread, where conversion is the sink's bottleneck. Set this "
                                + "connector's key.converter and value.converter to "
                                + OwnConversion.BYTE_ARRAY_CONVERTER + " with it, and no transforms (they would see "
                                + "bytes). Keys starting with 'record.converter.' configure it, e.g. "
                                + "record.converter.schemas.enable=false. Empty (the default): Connect converts.",
                        APPLY_GROUP, ++order, Width.LONG, "Record converter")
                .define(OwnConversion.THREADS_CONFIG, Type.INT, OwnConversion.THREADS_DEFAULT,
                        ConfigDef.Range.atLeast(1), Importance.LOW, "Threads converting a delivery of records when "
                                + OwnConversion.CONVERTER_CONFIG + " is set, the task's own thread included.",
                        APPLY_GROUP, ++order, Width.SHORT, "Record converter threads");
        order = 0;
        def.define(SKIP_CREATE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                        "Whether the databases and tables of a full copy are expected to exist on the target "
                                + "(dtle's SkipCreateDbTable). When false, the sink creates them from the source's "
                                + "definitions that the source connector sends before the rows.",
                        SCHEMA_GROUP, ++order, Width.SHORT, "Skip creating databases and tables")
                .define(DROP_TABLE_IF_EXISTS_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                        "Whether a table that exists on the target is dropped before the full copy recreates it "
                                + "(dtle's DropTableIfExists). Only done once per job, never on a resumed copy.",
                        SCHEMA_GROUP, ++order, Width.SHORT, "Drop tables before the full copy");
        return def;
    }

    public String host() {
        return getString(HOST_CONFIG);
    }

    public int port() {
        return getInt(PORT_CONFIG);
    }

    public String user() {
        return getString(USER_CONFIG);
    }

    public Password password() {
        return getPassword(PASSWORD_CONFIG);
    }

    public String charset() {
        return getString(CHARSET_CONFIG);
    }

    public int connectTimeoutMs() {
        return getInt(CONNECT_TIMEOUT_MS_CONFIG);
    }

    /** {@code dtle.job.name}, else the connector's name. */
    public String jobName() {
        String configured = getString(JOB_NAME_CONFIG);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        Object name = originals().get(CONNECTOR_NAME_CONFIG);
        return name == null ? "dtle-sink" : name.toString();
    }


    /** This task's number within its connector (0 outside a connector, as in tests). */
    public int taskId() {
        Object id = originals().get(DtleMySqlSinkConnector.TASK_ID_CONFIG);
        return id == null ? 0 : Integer.parseInt(id.toString());
    }

    public UUID jobUuid() {
        return JobIdentity.uuidOf(jobName());
    }

    public int parallelWorkers() {
        return getInt(PARALLEL_WORKERS_CONFIG);
    }

    public boolean preserveCommitOrder() {
        return getBoolean(PRESERVE_COMMIT_ORDER_CONFIG);
    }

    public boolean foreignKeyChecks() {
        return getBoolean(FOREIGN_KEY_CHECKS_CONFIG);
    }

    public int retryTxLimit() {
        return getInt(RETRY_TX_LIMIT_CONFIG);
    }

    public long retryBackoffMs() {
        return getLong(RETRY_BACKOFF_MS_CONFIG);
    }

    public boolean setGtidNext() {
        return getBoolean(SET_GTID_NEXT_CONFIG);
    }

    public boolean skipCreateDbTable() {
        return getBoolean(SKIP_CREATE_CONFIG);
    }

    public boolean dropTableIfExists() {
        return getBoolean(DROP_TABLE_IF_EXISTS_CONFIG);
    }

    public int batchSize() {
        return getInt(BATCH_SIZE_CONFIG);
    }

    public int transactionBufferRows() {
        return getInt(TRANSACTION_BUFFER_ROWS_CONFIG);
    }

    /** 1 when set.gtid.next is on: a target transaction committed under a source GTID holds only that one. */
    public int groupMaxTransactions() {
        return setGtidNext() ? 1 : getInt(GROUP_MAX_TRANSACTIONS_CONFIG);
    }

    public long groupMaxDelayMs() {
        return getLong(GROUP_MAX_DELAY_MS_CONFIG);
    }

    public int groupMaxRows() {
        return getInt(GROUP_MAX_ROWS_CONFIG);
    }

    public String connectorName() {
        Object name = originals().get(CONNECTOR_NAME_CONFIG);
        return name == null ? jobName() : name.toString();
    }

    public long compactionIntervalMs() {
        return getLong(COMPACTION_INTERVAL_MS_CONFIG);
    }

    /** The converter the sink applies itself (record.converter), or null when Connect converts. */
    public Class<?> recordConverter() {
        return getClass(OwnConversion.CONVERTER_CONFIG);
    }

    public int recordConverterThreads() {
        return getInt(OwnConversion.THREADS_CONFIG);
    }

    public Map<String, Object> recordConverterSettings() {
        return OwnConversion.settings(originalsWithPrefix(OwnConversion.CONVERTER_CONFIG + "."));
    }

    public TableMapping tableMapping() {
        return TableMapping.from(originalsStrings());
    }

    /** Problems ConfigDef's per-key validators cannot see: the prefixed keys. */
    public List<ConfigProblem> problems() {
        List<ConfigProblem> problems = new ArrayList<>(TableMapping.problems(originalsStrings()));
        problems.addAll(OwnConversion.problems(originals(), recordConverter()));
        if (setGtidNext() && parallelWorkers() > 1 && !preserveCommitOrder()) {
            problems.add(new ConfigProblem(List.of(SET_GTID_NEXT_CONFIG, PRESERVE_COMMIT_ORDER_CONFIG),
                    "set.gtid.next keeps the source GTIDs on the target, which needs the source's commit order; "
                            + "set parallel.preserve.commit.order=true or turn set.gtid.next off."));
        }
        return problems;
    }
}
