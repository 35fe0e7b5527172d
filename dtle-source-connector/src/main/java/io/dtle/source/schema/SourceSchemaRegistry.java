package io.dtle.source.schema;

import io.debezium.connector.binlog.charset.BinlogCharsetRegistry;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.mysql.antlr.MySqlAntlrDdlParser;
import io.debezium.connector.mysql.jdbc.MySqlDefaultValueConverter;
import io.debezium.connector.mysql.jdbc.MySqlValueConverters;
import io.debezium.relational.CustomConverterRegistry;
import io.debezium.relational.Key;
import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.debezium.relational.TableSchema;
import io.debezium.relational.TableSchemaBuilder;
import io.debezium.relational.Tables;
import io.debezium.relational.mapping.ColumnMappers;
import io.debezium.spi.topic.TopicNamingStrategy;
import io.dtle.common.mysql.MySqlIdentifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The source task's table definitions and their Kafka Connect schemas.
 *
 * <p>Definitions come only from DDL text (SHOW CREATE TABLE at snapshot start, then each
 * DDL statement of the binlog) parsed by Debezium's MySQL parser, never from the binlog's
 * optional column metadata, so column names are right with binlog_row_metadata=MINIMAL.
 * Schemas are built the way Debezium's MySqlDatabaseSchema builds them (same converters,
 * TableSchemaBuilder, naming), which is what makes our records Debezium's records.
 *
 * <p>Not thread-safe: one task owns one registry and feeds it in binlog order. The schema
 * history ({@code io.dtle.source.history}) persists the accepted statements with their default
 * database as {@link AppliedDdl}s and replays them through {@link #applyDdl} on restart.
 */
public final class SourceSchemaRegistry {

    private final MySqlConnectorConfig config;
    private final Tables tables;
    private final MySqlAntlrDdlParser parser;
    private final TableSchemaBuilder schemaBuilder;
    private final TopicNamingStrategy<TableId> topicNaming;
    private final ColumnMappers columnMappers;
    private final Key.KeyMapper keyMapper;
    private final Map<TableId, TableSchema> schemas = new HashMap<>();
    private final boolean tableIdsCaseInsensitive;
    private List<AppliedDdl> recording;

    /**
     * @param tableIdsCaseInsensitive true when the server's lower_case_table_names is not 0,
     *        so {@code Shop.T} and {@code shop.t} name one table (Debezium asks the server the same way)
     */
    public SourceSchemaRegistry(MySqlConnectorConfig config, boolean tableIdsCaseInsensitive) {
        this.config = config;
        this.tableIdsCaseInsensitive = tableIdsCaseInsensitive;
        this.tables = new Tables(tableIdsCaseInsensitive);
        MySqlValueConverters converters = DebeziumMySqlDefaults.valueConverters(config);
        // The same parser settings as Debezium's MySqlDatabaseSchema: errors from the tree walk
        // are thrown, views ignored, and its charset registry resolves column charsets.
        this.parser = new MySqlAntlrDdlParser(true, false, config.isSchemaCommentsHistoryEnabled(),
                config.getTableFilters().dataCollectionFilter(),
                config.getServiceRegistry().getService(BinlogCharsetRegistry.class));
        this.schemaBuilder = new TableSchemaBuilder(converters, new MySqlDefaultValueConverter(converters),
                config.schemaNameAdjuster(), config.getServiceRegistry().getService(CustomConverterRegistry.class),
                config.getSourceInfoStructMaker().schema(), config.getFieldNamer(), false,
                config.getEventConvertingFailureHandlingMode());
        this.topicNaming = topicNaming(config);
        this.columnMappers = ColumnMappers.create(config);
        this.keyMapper = config.getKeyMapper();
    }

    /** Debezium's config hands out the strategy raw; for MySQL it always names tables by TableId. */
    @SuppressWarnings("unchecked")
    private static TopicNamingStrategy<TableId> topicNaming(MySqlConnectorConfig config) {
        return config.getTopicNamingStrategy(MySqlConnectorConfig.TOPIC_NAMING_STRATEGY);
    }

    /** A registry with Debezium's default settings for topic prefix {@code prefix}, case-sensitive names. */
    public static SourceSchemaRegistry withDefaults(String prefix) {
        return new SourceSchemaRegistry(DebeziumMySqlDefaults.config(prefix), false);
    }

    /** A registry with the same settings and no definitions, e.g. to try statements on a scratch copy. */
    public SourceSchemaRegistry emptyLike() {
        return new SourceSchemaRegistry(config, tableIdsCaseInsensitive);
    }

    public MySqlConnectorConfig config() {
        return config;
    }

    /**
     * Records the server's default charset (character_set_server, collation_server) the
     * way Debezium's snapshot does, as a SET statement; tables and databases created later
     * without a charset inherit it.
     */
    public void applyServerCharset(String characterSetServer, String collationServer) {
        applyDdl(null, "SET character_set_server=" + characterSetServer + ", collation_server=" + collationServer);
    }

    /**
     * Records a database and its default charset (from information_schema.SCHEMATA) at
     * snapshot start, as Debezium's snapshot does, so tables created in it by later DDL
     * without a charset get the right one. The statement is Debezium's snapshot text for it.
     */
    public DdlOutcome applyDatabase(String database, String charset, String collation) {
        return applyDdl(database, "CREATE DATABASE " + MySqlIdentifiers.quote(database) + " CHARSET " + charset
                + " COLLATE " + collation);
    }

    /** Records a table from its SHOW CREATE TABLE text, replacing any earlier definition. */
    public TableId applyCreateTable(String database, String showCreateTable) {
        DdlOutcome outcome = applyDdl(database, showCreateTable);
        if (outcome.changed().size() != 1) {
            throw new IllegalArgumentException("Expected one CREATE TABLE in " + database + ": " + showCreateTable);
        }
        return outcome.changed().iterator().next();
    }

    /**
     * Applies one DDL statement as it ran on the source, with the database that was
     * current for it (the binlog QUERY event's database; may be null or empty).
     */
    public DdlOutcome applyDdl(String defaultDatabase, String ddl) {
        if (SchemaChanges.IGNORED_STATEMENTS.contains(ddl.trim().toUpperCase(java.util.Locale.ROOT))) {
            return new DdlOutcome(Set.of(), Set.of(), List.of());
        }
        Set<TableId> before = new HashSet<>(tables.tableIds());
        tables.drainChanges();
        parser.setCurrentDatabase(defaultDatabase == null || defaultDatabase.isEmpty() ? null : defaultDatabase);
        parser.getAndResetDdlChanges();
        List<SchemaChange> schemaChanges = SchemaChanges.from(defaultDatabase, ddl, parser.parse(ddl, tables), tables);
        Set<TableId> touched = tables.drainChanges();
        Set<TableId> changed = new HashSet<>();
        Set<TableId> removed = new HashSet<>(before);
        removed.removeAll(tables.tableIds());
        for (TableId id : touched) {
            if (tables.forTable(id) != null) {
                changed.add(id);
            }
        }
        removed.forEach(schemas::remove);
        changed.forEach(schemas::remove);
        if (recording != null) {
            recording.add(new AppliedDdl(defaultDatabase, ddl));
        }
        return new DdlOutcome(changed, removed, schemaChanges);
    }

    /** From now on, keeps every statement applied without error, for {@link #stopRecording}. */
    public void startRecording() {
        recording = new ArrayList<>();
    }

    /** The statements applied since {@link #startRecording}, in order: a baseline for a schema history. */
    public List<AppliedDdl> stopRecording() {
        if (recording == null) {
            throw new IllegalStateException("startRecording() was not called");
        }
        List<AppliedDdl> applied = List.copyOf(recording);
        recording = null;
        return applied;
    }

    public Optional<Table> table(TableId id) {
        return Optional.ofNullable(tables.forTable(id));
    }

    public Set<TableId> tableIds() {
        return tables.tableIds();
    }

    /** The table's key/value schemas and converters, built once per definition. */
    public TableSchema schemaFor(TableId id) {
        return schemas.computeIfAbsent(id, this::buildSchema);
    }

    private TableSchema buildSchema(TableId id) {
        Table table = tables.forTable(id);
        if (table == null) {
            throw new IllegalStateException("No definition for table " + id + "; was its DDL applied?");
        }
        return schemaBuilder.create(topicNaming, table, config.getColumnFilter(), columnMappers, keyMapper);
    }
}
