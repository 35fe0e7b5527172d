package io.dtle.translator.job;

import java.util.List;

/**
 * One entry of ReplicateDoDb[].Tables: a table by name or by regular expression, an optional row condition,
 * target name and column mapping. Unset fields are null (lists: empty).
 */
public record TableSelection(String name, String regex, String rename, String where, List<ColumnMapping> columns) {

    public TableSelection {
        columns = List.copyOf(columns);
    }

    /** One column kept on the target, under a new name when {@code to} differs from {@code from}. */
    public record ColumnMapping(String from, String to) {
    }
}
