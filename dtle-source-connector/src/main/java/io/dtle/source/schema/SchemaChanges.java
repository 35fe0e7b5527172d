package io.dtle.source.schema;

import io.debezium.relational.Table;
import io.debezium.relational.TableId;
import io.debezium.relational.Tables;
import io.debezium.relational.ddl.DdlChanges;
import io.debezium.relational.ddl.DdlParserListener.Event;
import io.debezium.relational.ddl.DdlParserListener.SetVariableEvent;
import io.debezium.relational.ddl.DdlParserListener.TableAlteredEvent;
import io.debezium.relational.ddl.DdlParserListener.TableCreatedEvent;
import io.debezium.relational.ddl.DdlParserListener.TableDroppedEvent;
import io.debezium.relational.ddl.DdlParserListener.TableEvent;
import io.debezium.relational.ddl.DdlParserListener.TableIndexCreatedEvent;
import io.debezium.relational.ddl.DdlParserListener.TableIndexDroppedEvent;
import io.debezium.relational.ddl.DdlParserListener.TableIndexEvent;
import io.debezium.relational.ddl.DdlParserListener.TableTruncatedEvent;
import io.debezium.schema.SchemaChangeEvent.SchemaChangeEventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the parser's DDL events into schema change events the way Debezium's
 * BinlogDatabaseSchema does: grouped by database, one event per parsed statement part,
 * index changes counted as ALTER, only the first part of a multi-variable SET kept.
 */
final class SchemaChanges {

    private SchemaChanges() {
    }

    /** Statements Debezium neither parses nor reports. */
    static final Set<String> IGNORED_STATEMENTS = Set.of("BEGIN", "END", "FLUSH PRIVILEGES");

    /**
     * The events of one statement; a statement the parser turned into no event (a plain
     * CREATE INDEX, GRANT...) is still reported, as one database-level event with its text.
     */
    static List<SchemaChange> from(String defaultDatabase, String ddl, DdlChanges ddlChanges, Tables tables) {
        if (ddlChanges.isEmpty()) {
            String database = defaultDatabase == null ? "" : defaultDatabase;
            return List.of(new SchemaChange(database, ddl, SchemaChangeEventType.DATABASE, Set.of(), null, null));
        }
        List<SchemaChange> changes = new ArrayList<>();
        ddlChanges.getEventsByDatabase((database, events) -> {
            Set<TableId> group = new HashSet<>();
            events.forEach(event -> {
                TableId id = tableId(event);
                if (id != null) {
                    group.add(id);
                }
            });
            for (Event event : events) {
                SchemaChangeEventType type = typeOf(event);
                if (type != null) {
                    changes.add(change(database == null ? "" : database, event, type, group, tables));
                }
            }
        });
        return changes;
    }

    private static SchemaChange change(String database, Event event, SchemaChangeEventType type, Set<TableId> group,
            Tables tables) {
        TableId id = tableId(event);
        TableId previous = event instanceof TableAlteredEvent altered ? altered.previousTableId() : null;
        Table table = null;
        if (id != null) {
            table = type == SchemaChangeEventType.DROP ? Table.editor().tableId(id).create() : tables.forTable(id);
        }
        return new SchemaChange(database, event.statement(), type, group, table, previous);
    }

    private static SchemaChangeEventType typeOf(Event event) {
        if (event instanceof TableCreatedEvent) {
            return SchemaChangeEventType.CREATE;
        }
        if (event instanceof TableAlteredEvent || event instanceof TableIndexCreatedEvent
                || event instanceof TableIndexDroppedEvent) {
            return SchemaChangeEventType.ALTER;
        }
        if (event instanceof TableDroppedEvent) {
            return SchemaChangeEventType.DROP;
        }
        if (event instanceof TableTruncatedEvent) {
            return SchemaChangeEventType.TRUNCATE;
        }
        if (event instanceof SetVariableEvent set) {
            return set.order() == 0 ? SchemaChangeEventType.DATABASE : null;
        }
        return SchemaChangeEventType.DATABASE;
    }

    private static TableId tableId(Event event) {
        if (event instanceof TableEvent tableEvent) {
            return tableEvent.tableId();
        }
        if (event instanceof TableIndexEvent indexEvent) {
            return indexEvent.tableId();
        }
        return null;
    }
}
