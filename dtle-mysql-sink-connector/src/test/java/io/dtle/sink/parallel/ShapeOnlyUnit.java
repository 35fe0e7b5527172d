package io.dtle.sink.parallel;

import java.sql.Connection;
import java.util.OptionalLong;
import java.util.Set;

/** A unit with a write-set, clock and exclusivity but no statements: for tests of scheduling rules. */
record ShapeOnlyUnit(String gtid, Set<?> writeSet, OptionalLong lastCommitted, OptionalLong sequenceNumber,
        boolean exclusive) implements ApplyUnit {

    static ShapeOnlyUnit writing(Object... keys) {
        return new ShapeOnlyUnit("u", Set.of(keys), OptionalLong.empty(), OptionalLong.empty(), false);
    }

    static ShapeOnlyUnit clocked(long lastCommitted, long sequenceNumber, Object... keys) {
        return new ShapeOnlyUnit("u", Set.of(keys), OptionalLong.of(lastCommitted), OptionalLong.of(sequenceNumber),
                false);
    }

    static ShapeOnlyUnit exclusiveUnit() {
        return new ShapeOnlyUnit("ddl", Set.of(), OptionalLong.empty(), OptionalLong.empty(), true);
    }

    @Override
    public void apply(Connection connection, int worker) {
        throw new UnsupportedOperationException("scheduling tests do not apply");
    }

    @Override
    public void committed() {
    }
}
