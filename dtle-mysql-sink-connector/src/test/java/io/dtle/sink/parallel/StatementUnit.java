package io.dtle.sink.parallel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A test unit that runs fixed SQL statements (or any action) and reports its commit to a shared list. */
final class StatementUnit implements ApplyUnit {

    /** What a unit does on its connection. */
    @FunctionalInterface
    interface Action {
        void run(Connection connection) throws SQLException;
    }

    private final String gtid;
    private final Set<?> writeSet;
    private final Action action;
    private final Action atCommitTurn;
    private final Consumer<StatementUnit> onCommit;
    private final AtomicInteger applyCount = new AtomicInteger();
    private boolean joinable;

    StatementUnit(String gtid, Set<?> writeSet, Action action, Consumer<StatementUnit> onCommit) {
        this(gtid, writeSet, action, connection -> { }, onCommit);
    }

    StatementUnit(String gtid, Set<?> writeSet, Action action, Action atCommitTurn, Consumer<StatementUnit> onCommit) {
        this.gtid = gtid;
        this.writeSet = writeSet;
        this.action = action;
        this.atCommitTurn = atCommitTurn;
        this.onCommit = onCommit;
    }

    static Action statements(List<String> sql) {
        return connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String s : sql) {
                    statement.execute(s);
                }
            }
        };
    }

    /** This unit, allowed to share a target transaction with its neighbours. */
    StatementUnit joiningOthers() {
        joinable = true;
        return this;
    }

    @Override
    public boolean joinable() {
        return joinable;
    }

    @Override
    public int rows() {
        return 1;
    }

    /** How often {@link #apply} ran (more than once after a retry or a commit-order rollback). */
    int applyCount() {
        return applyCount.get();
    }

    @Override
    public String gtid() {
        return gtid;
    }

    @Override
    public OptionalLong lastCommitted() {
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong sequenceNumber() {
        return OptionalLong.empty();
    }

    @Override
    public Set<?> writeSet() {
        return writeSet;
    }

    @Override
    public boolean exclusive() {
        return false;
    }

    @Override
    public void apply(Connection connection, int worker) throws SQLException {
        applyCount.incrementAndGet();
        action.run(connection);
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        atCommitTurn.run(connection);
    }

    @Override
    public void committed() {
        onCommit.accept(this);
    }

    @Override
    public String toString() {
        return gtid;
    }
}
