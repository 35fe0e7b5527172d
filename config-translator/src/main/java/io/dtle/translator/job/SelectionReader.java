package io.dtle.translator.job;

import io.dtle.common.expr.WhereExpression;
import java.util.ArrayList;
import java.util.List;

/** Reads ReplicateDoDb / ReplicateIgnoreDb entries, checking that each Where parses. */
final class SelectionReader {
    private SelectionReader() {
    }

    static List<SchemaSelection> read(List<JsonFields> entries, JobSpec.Builder job) {
        List<SchemaSelection> schemas = new ArrayList<>();
        for (JsonFields entry : entries) {
            String name = entry.text("TableSchema").orElse(null);
            String regex = entry.text("TableSchemaRegex").orElse(null);
            if (name == null && regex == null) {
                throw new JobFileException(entry.pathOf("TableSchema"), "the entry names no database",
                        "add \"TableSchema\": \"<database>\" (or \"TableSchemaRegex\")");
            }
            String rename = entry.text("TableSchemaRename").orElse(null);
            if (rename != null && name == null) {
                throw new JobFileException(entry.pathOf("TableSchemaRename"), "renaming databases matched by "
                        + "TableSchemaRegex is not supported", "list each database with TableSchema and its own rename");
            }
            List<TableSelection> tables = new ArrayList<>();
            for (JsonFields table : entry.objects("Tables")) {
                tables.add(table(table, name != null, job));
            }
            Unread.report(entry, job);
            schemas.add(new SchemaSelection(name, regex, rename, tables));
        }
        return schemas;
    }

    private static TableSelection table(JsonFields table, boolean namedSchema, JobSpec.Builder job) {
        String name = table.text("TableName").orElse(null);
        String regex = table.text("TableRegex").orElse(null);
        if (name == null && regex == null) {
            throw new JobFileException(table.pathOf("TableName"), "the entry names no table",
                    "add \"TableName\": \"<table>\" (or \"TableRegex\"), or remove the entry");
        }
        String where = table.text("Where").orElse(null);
        if (where != null) {
            checkWhere(table.pathOf("Where"), where);
        }
        String rename = table.text("TableRename").orElse(null);
        List<TableSelection.ColumnMapping> columns = columns(table);
        boolean literal = namedSchema && name != null;
        if (!literal && (where != null || rename != null || !columns.isEmpty())) {
            String field = where != null ? "Where" : rename != null ? "TableRename" : "ColumnMapFrom";
            throw new JobFileException(table.pathOf(field), field + " needs a table given by TableName in a "
                    + "database given by TableSchema, not by a regular expression",
                    "list the table by TableName under a TableSchema");
        }
        Unread.report(table, job);
        return new TableSelection(name, regex, rename, where, columns);
    }

    private static List<TableSelection.ColumnMapping> columns(JsonFields table) {
        List<String> from = table.strings("ColumnMapFrom");
        List<String> to = table.strings("ColumnMapTo");
        if (!to.isEmpty() && to.size() != from.size()) {
            throw new JobFileException(table.pathOf("ColumnMapTo"), "ColumnMapTo has " + to.size()
                    + " names but ColumnMapFrom has " + from.size(), "give one target name per source column");
        }
        List<TableSelection.ColumnMapping> columns = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            columns.add(new TableSelection.ColumnMapping(from.get(i), to.isEmpty() ? from.get(i) : to.get(i)));
        }
        return columns;
    }

    private static void checkWhere(String path, String where) {
        try {
            WhereExpression.parse(where);
        } catch (IllegalArgumentException e) {
            throw new JobFileException(path, "the condition \"" + where + "\" does not parse: " + e.getMessage(),
                    "write a MySQL expression over the table's columns, such as \"a >= 5 AND b IS NOT NULL\"");
        }
    }
}
