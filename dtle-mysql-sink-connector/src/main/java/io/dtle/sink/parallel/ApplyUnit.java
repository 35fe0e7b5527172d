package io.dtle.sink.parallel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One source transaction, fully assembled, ready to apply.
 *
 * <p>The scheduler runs two units concurrently only when it can prove them independent: their write-sets share no
 * key, the logical clock (when both have it) says they were prepared concurrently on the source, and neither is
 * exclusive. A unit whose writes cannot be described by keys (a table without a usable key, a statement touching
 * unknown rows) must be {@link #exclusive()}.
 */
public interface ApplyUnit {

    /** The source transaction's GTID, for messages and metrics. */
    String gtid();

    /** MySQL's logical clock {@code last_committed} (header {@code dtle.last_committed}), when the binlog has it. */
    OptionalLong lastCommitted();

    /** MySQL's logical clock {@code sequence_number} (header {@code dtle.sequence_number}), when the binlog has it. */
    OptionalLong sequenceNumber();

    /**
     * The keys this unit writes, as values with {@code equals}/{@code hashCode} (for example table plus primary-key
     * values, and table plus each unique key's values). May be empty.
     */
    Set<?> writeSet();

    /** True for DDL, writes to foreign-key parent tables, or anything else that must run alone. */
    boolean exclusive();

    /**
     * Runs the unit's statements. Autocommit is off and the scheduler commits or rolls back; the unit never does.
     * It may be called more than once (after a retry or a commit-order rollback), always on a rolled-back connection.
     * {@code worker} is the index (from 0) of the worker applying it, whose connection no other worker uses at the
     * same time: for a row each worker keeps to itself, so workers do not wait on each other's locks.
     */
    void apply(Connection connection, int worker) throws SQLException;

    /**
     * Runs after {@link #apply} once the unit's commit turn has come (with commit order preserved), just before
     * COMMIT, on the same connection. Writes that every unit makes to the same row belong here: done in
     * {@code apply}, a later unit would take that row's lock first and the earlier unit, waiting on it, could not
     * commit until the later one gave up its turn and rolled back.
     */
    default void beforeCommit(Connection connection) throws SQLException {
    }

    /**
     * Whether a worker may apply this unit in one target transaction with ready units right before or after it in
     * submission order (the applier lags; see {@link ParallelOptions.JoinLimits}). False for anything that must
     * commit on its own, such as DDL.
     */
    default boolean joinable() {
        return false;
    }

    /** Source transactions the unit applies (0 for rows without one), for the join bounds. */
    default int transactions() {
        return 1;
    }

    /** Row changes the unit applies, for the join bounds. */
    default int rows() {
        return 0;
    }

    /** Called once, after the unit's commit succeeded, in submission order (Kafka offsets, metrics). */
    void committed();
}
