package io.dtle.source.record;

import io.debezium.relational.TableSchema;
import java.util.Objects;
import org.apache.kafka.connect.data.Struct;

/**
 * Debezium's rule for updates that move a row to another key: the old key is deleted and
 * the new one created, so a compacted topic never keeps the row under its old key.
 */
public final class PrimaryKeyChange {

    private PrimaryKeyChange() {
    }

    /** True when the update's before and after images have different keys (never for keyless tables). */
    public static boolean changesKey(TableSchema table, Object[] before, Object[] after) {
        if (table.keySchema() == null) {
            return false;
        }
        Struct oldKey = table.keyFromColumnData(before);
        Struct newKey = table.keyFromColumnData(after);
        return !Objects.equals(oldKey, newKey);
    }
}
