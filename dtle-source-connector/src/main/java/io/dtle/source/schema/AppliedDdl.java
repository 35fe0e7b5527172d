package io.dtle.source.schema;

import java.util.Objects;

/**
 * One statement as the registry applied it, with the default database it ran in ("" or null when none): what a
 * schema history keeps so that {@link SourceSchemaRegistry#applyDdl} rebuilds the same definitions.
 */
public record AppliedDdl(String database, String ddl) {
    public AppliedDdl {
        database = database == null ? "" : database;
        Objects.requireNonNull(ddl, "ddl");
    }

    public DdlOutcome applyTo(SourceSchemaRegistry registry) {
        return registry.applyDdl(database, ddl);
    }
}
