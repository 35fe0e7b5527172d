package io.dtle.smt;

import io.dtle.common.Version;
import io.dtle.common.expr.RowChange;
import io.dtle.common.expr.StructRow;
import io.dtle.common.expr.TableConditionException;
import io.dtle.common.expr.TableConditions;
import io.dtle.common.expr.WhereExpression;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Keeps the row changes of each configured table that satisfy its {@code where.<db>.<table>} condition, with the
 * update rule: an update whose old row matches and new row does not becomes a delete of the old row, the other way
 * round an insert of the new row, and a change where neither matches is dropped. Tables without a condition and
 * records that are not row changes pass untouched.
 */
public final class WhereFilter<R extends ConnectRecord<R>> implements Transformation<R>, Versioned {
    public static final String OVERVIEW_DOC = "Filters Debezium change events by a row condition per table, in MySQL "
            + "expression syntax, with MySQL semantics: set " + TableConditions.KEY_PREFIX + "<db>.<table>=<condition>"
            + " (for example where.shop.orders=a<5) for each table to filter. A change whose old and new rows both "
            + "match passes; only the old row: it becomes a delete of the old row; only the new row: an insert of the "
            + "new row; neither: it is dropped. Tables without a condition, transaction markers, schema changes, "
            + "heartbeats and tombstones pass untouched.";

    /**
     * The condition keys are named after the tables ({@code where.<db>.<table>}), so no fixed key can declare them;
     * configure() checks each one and the overview documents them.
     */
    public static final ConfigDef CONFIG_DEF = new ConfigDef();

    private TableConditions conditions;
    private ChangeEvents changes;

    @Override
    public void configure(Map<String, ?> configs) {
        Map<String, Object> withoutPrefix = new TreeMap<>();
        configs.forEach((key, value) -> {
            if (key.startsWith(TableConditions.KEY_PREFIX)) {
                withoutPrefix.put(key.substring(TableConditions.KEY_PREFIX.length()), value);
            }
        });
        try {
            conditions = TableConditions.parse(withoutPrefix);
        } catch (TableConditionException e) {
            throw new ConfigException(e.key(), configs.get(e.key()), e.getMessage());
        }
        if (conditions.isEmpty()) {
            throw new ConfigException("WhereFilter has no condition: set " + TableConditions.KEY_PREFIX
                    + "<db>.<table>=<condition> for each table to filter, e.g. where.shop.orders=a<5.");
        }
        changes = new ChangeEvents();
    }

    @Override
    public R apply(R record) {
        ChangeEvents.Change change = changes.read(record);
        if (change == null) {
            return record;
        }
        WhereExpression condition = conditions.condition(change.database(), change.table());
        if (condition == null) {
            return record;
        }
        changes.checkColumns(change, condition);
        RowChange rule = condition.classify(StructRow.of(change.before()), StructRow.of(change.after()));
        return switch (rule) {
            case NONE -> null;
            case UPDATE -> record;
            case INSERT -> change.before() == null ? record : changes.rewrite(record, change, "c", null,
                    change.after());
            case DELETE -> change.after() == null ? record : changes.rewrite(record, change, "d", change.before(),
                    null);
        };
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }
}
