package io.dtle.sink.parallel;

import java.sql.SQLException;
import java.util.List;

/**
 * One worker: takes units the scheduler lets start, applies each on its own connection, waits for its commit turn
 * when commit order is preserved, commits, and retries lock conflicts and lost connections.
 */
final class UnitRunner implements Runnable {

    private enum Outcome { COMMITTED, APPLY_AGAIN, ABANDONED }

    private final UnitScheduler scheduler;
    private final WorkerConnection connection;
    private final ParallelOptions options;
    private final RetryPolicy retryPolicy;
    private final ApplyCounters counters;
    private final int worker;

    UnitRunner(int worker, UnitScheduler scheduler, WorkerConnection connection, ParallelOptions options,
            RetryPolicy retryPolicy, ApplyCounters counters) {
        this.worker = worker;
        this.scheduler = scheduler;
        this.connection = connection;
        this.options = options;
        this.retryPolicy = retryPolicy;
        this.counters = counters;
    }

    @Override
    public void run() {
        try (connection) {
            List<Sequenced> run;
            while ((run = scheduler.takeRun(options.join())) != null) {
                try {
                    if (run.size() == 1 || !appliedTogether(run)) {
                        for (Sequenced sequenced : run) {
                            runUntilDone(sequenced);
                        }
                    }
                } finally {
                    run.forEach(sequenced -> scheduler.finished());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runUntilDone(Sequenced sequenced) throws InterruptedException {
        int retries = 0;
        while (true) {
            try {
                Outcome outcome = applyAndCommit(sequenced);
                if (outcome != Outcome.APPLY_AGAIN) {
                    return;
                }
            } catch (SQLException e) {
                if (SqlErrors.isConnectionLost(e)) {
                    connection.discard(e);
                } else {
                    connection.rollbackAfter(e);
                }
                if (!retryPolicy.shouldRetry(e, retries) || scheduler.abandoned(sequenced.seq())) {
                    scheduler.failed(sequenced, describe(e, retries), e);
                    return;
                }
                retries++;
                counters.retried();
                scheduler.pause(sequenced.seq(), retryPolicy.backoff(retries).toNanos());
            } catch (RuntimeException e) {
                connection.rollbackAfter(e);
                scheduler.failed(sequenced, e.toString(), e);
                return;
            } catch (InterruptedException e) {
                connection.rollbackAfter(e);
                throw e;
            }
        }
    }

    /**
     * Applies consecutive units in one target transaction with one commit. Anything unusual (an error, a stalled
     * or abandoned commit turn) rolls them back and returns false: the caller then runs them one at a time, with
     * the usual retries and error messages naming the unit that failed.
     */
    private boolean appliedTogether(List<Sequenced> run) throws InterruptedException {
        Sequenced first = run.get(0);
        try {
            for (Sequenced sequenced : run) {
                sequenced.unit().apply(connection.get(), worker);
            }
            boolean turn = options.preserveCommitOrder()
                    ? scheduler.awaitCommitTurn(first.seq(), options.commitOrderWait().toNanos())
                            == UnitScheduler.Turn.NOW
                    : !scheduler.abandoned(first.seq());
            if (!turn) {
                connection.rollback();
                return false;
            }
            for (Sequenced sequenced : run) {
                sequenced.unit().beforeCommit(connection.get());
            }
        } catch (SQLException e) {
            if (SqlErrors.isConnectionLost(e)) {
                connection.discard(e);
            } else {
                connection.rollbackAfter(e);
            }
            return false;
        } catch (RuntimeException e) {
            connection.rollbackAfter(e);
            return false;
        } catch (InterruptedException e) {
            connection.rollbackAfter(e);
            throw e;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            if (!SqlErrors.isConnectionLost(e)) {
                connection.rollbackAfter(e);
                return false;
            }
            connection.discard(e);
            scheduler.failed(first, "the connection broke during COMMIT of " + run.size() + " units applied together"
                    + " (up to " + run.get(run.size() - 1).unit().gtid() + "), so whether the target has them is"
                    + " unknown; restart the task: the GTID bookkeeping on the target tells which source transactions"
                    + " it has (" + e.getMessage() + ")", e);
            return true;
        }
        run.forEach(scheduler::committed);
        return true;
    }

    private Outcome applyAndCommit(Sequenced sequenced) throws SQLException, InterruptedException {
        sequenced.unit().apply(connection.get(), worker);
        if (options.preserveCommitOrder()) {
            long stallNanos = options.commitOrderWait().toNanos();
            UnitScheduler.Turn turn = scheduler.awaitCommitTurn(sequenced.seq(), stallNanos);
            if (turn == UnitScheduler.Turn.STALLED) {
                // A later unit must not keep locks an earlier one may be waiting for (gap locks, unique keys,
                // foreign-key checks): let go, wait for the turn, apply again.
                counters.rolledBackForCommitOrder();
                connection.rollback();
                turn = scheduler.awaitCommitTurn(sequenced.seq(), 0);
                if (turn == UnitScheduler.Turn.NOW) {
                    return Outcome.APPLY_AGAIN;
                }
            }
            if (turn == UnitScheduler.Turn.ABANDONED) {
                connection.rollback();
                return Outcome.ABANDONED;
            }
        } else if (scheduler.abandoned(sequenced.seq())) {
            connection.rollback();
            return Outcome.ABANDONED;
        }
        sequenced.unit().beforeCommit(connection.get());
        return commit(sequenced);
    }

    private Outcome commit(Sequenced sequenced) throws SQLException {
        try {
            connection.commit();
        } catch (SQLException e) {
            if (!SqlErrors.isConnectionLost(e)) {
                throw e;
            }
            // The commit may or may not have reached the target: running it again could apply it twice.
            connection.discard(e);
            scheduler.failed(sequenced, "the connection broke during COMMIT, so whether the target has this"
                    + " transaction is unknown; restart the task: the GTID bookkeeping on the target tells which"
                    + " source transactions it has (" + e.getMessage() + ")", e);
            return Outcome.ABANDONED;
        }
        scheduler.committed(sequenced);
        return Outcome.COMMITTED;
    }

    private static String describe(SQLException e, int retries) {
        String attempts = retries == 0 ? "" : " after " + retries + " retries";
        return "error " + e.getErrorCode() + " (SQLState " + e.getSQLState() + ")" + attempts + ": " + e.getMessage();
    }
}
