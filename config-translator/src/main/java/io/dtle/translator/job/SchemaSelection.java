package io.dtle.translator.job;

import java.util.List;

/**
 * One entry of ReplicateDoDb or ReplicateIgnoreDb: a database by name or by regular expression, an optional
 * target name, and its tables (empty: the whole database).
 */
public record SchemaSelection(String name, String regex, String rename, List<TableSelection> tables) {

    public SchemaSelection {
        tables = List.copyOf(tables);
    }

    /** Whether the entry renames the database, a table or a column on the target. */
    public boolean renames() {
        return rename != null || tables.stream().anyMatch(t -> t.rename() != null || !t.columns().isEmpty());
    }
}
