package io.dtle.source.snapshot;

import io.dtle.common.job.Bookkeeping;
import io.dtle.source.TableFilter;
import io.dtle.source.schema.SourceSchemaRegistry;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The definitions of tables the include lists leave out, kept in the schema registry (and so in the schema history's
 * baseline) so that a table added to the include lists later decodes with the columns it had at the stored offset.
 * Neither the system databases nor the dtle sink's bookkeeping database are kept, as they are never user data.
 */
final class UncapturedTables {
    private static final Logger LOG = LoggerFactory.getLogger(UncapturedTables.class);

    private UncapturedTables() {
    }

    static boolean tracked(String database) {
        return !Bookkeeping.DATABASE.equalsIgnoreCase(database)
                && !TableFilter.SYSTEM_DATABASES.contains(database.toLowerCase(Locale.ROOT));
    }

    /** A table nobody captures must not stop the task: a definition the parser rejects is left out, with a warning. */
    static void apply(SourceSchemaRegistry registry, String database, String table, String showCreateTable) {
        try {
            registry.applyDdl(database, showCreateTable);
        } catch (RuntimeException e) {
            LOG.warn("Cannot parse the definition of {}.{}, which is not captured; it is left out of the schema "
                    + "history, so adding it to the include lists later needs a new snapshot: {}", database, table,
                    e.getMessage());
        }
    }
}
