package io.dtle.common.expr;

import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * A row read from a Kafka Connect struct, such as the {@code before} or {@code after} struct of a Debezium
 * change event; field values are converted back to MySQL's values by {@link StructValues}.
 */
public final class StructRow implements Row {
    private final Struct struct;

    private StructRow(Struct struct) {
        this.struct = struct;
    }

    /** The row of {@code struct}, or null when there is none (the {@code before} of an insert). */
    public static Row of(Struct struct) {
        return struct == null ? null : new StructRow(struct);
    }

    @Override
    public Object value(String column) {
        Field field = field(column);
        return field == null ? null : StructValues.convert(field.schema(), struct.get(field));
    }

    /** MySQL column names are case-insensitive; fields keep the case of the table definition. */
    private Field field(String column) {
        Field field = struct.schema().field(column);
        if (field != null) {
            return field;
        }
        for (Field candidate : struct.schema().fields()) {
            if (candidate.name().equalsIgnoreCase(column)) {
                return candidate;
            }
        }
        return null;
    }
}
