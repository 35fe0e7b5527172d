package io.dtle.smt.e2e;

import io.dtle.testing.LocalMySqlServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One data centre's writers in the bidirectional scenario: inserts, updates (of values and of primary keys) and
 * deletes, alone and in multi-statement transactions, on the side's own table {@code demo.dc<n>_only} and on its
 * own ids of {@code demo.shared} (dc1 odd, dc2 even), so the two sides never write the same row. A side can run an
 * ALTER TABLE after a given number of transactions. Every transaction changes at least one row, so each one is in the binlog.
 */
final class DataCentreLoad {
    static final String ADD_COLUMN = "ALTER TABLE demo.shared ADD COLUMN extra VARCHAR(20) NOT NULL DEFAULT 'x'";

    private final LocalMySqlServer server;
    private final int side;
    private final int transactions;
    private final int alterAt;
    private final Random random;
    private final AtomicInteger committed = new AtomicInteger();
    private final List<Integer> ownIds = new ArrayList<>();
    private final List<Integer> sharedIds = new ArrayList<>();
    private int nextOwnId = TwoDataCentres.SEEDED + 1;
    private int nextSharedId;
    private volatile boolean altered;

    /**
     * @param side 1 for dc1 (odd shared ids), 2 for dc2 (even)
     * @param alterAt the number of transactions after which {@link #ADD_COLUMN} runs; negative for never
     */
    DataCentreLoad(LocalMySqlServer server, int side, int transactions, int alterAt) {
        this.server = server;
        this.side = side;
        this.transactions = transactions;
        this.alterAt = alterAt;
        this.random = new Random(1000 + side);
        for (int id = 1; id <= TwoDataCentres.SEEDED; id++) {
            ownIds.add(id);
            if (id % 2 == side % 2) {
                sharedIds.add(id);
            }
        }
        nextSharedId = TwoDataCentres.SEEDED + (side == 1 ? 1 : 2);
    }

    /** Transactions committed so far, the ALTER TABLE included. */
    int committed() {
        return committed.get();
    }

    /** {@link #ADD_COLUMN} was run on this side by someone else: updates from now on set the new column too. */
    void columnAdded() {
        altered = true;
    }

    void run() {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < transactions; i++) {
                if (i == alterAt) {
                    statement.execute(ADD_COLUMN);
                    altered = true;
                    committed.incrementAndGet();
                }
                runOne(connection, statement, i);
                committed.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the dc" + side + " load failed after " + committed + " transactions", e);
        }
    }

    private void runOne(Connection connection, Statement statement, int i) throws SQLException {
        int kind = random.nextInt(10);
        if (kind < 2 || ownIds.isEmpty() || sharedIds.size() < 3) {
            statement.execute(insertOwn(i));
        } else if (kind < 4) {
            inTransaction(connection, statement, insertShared(i),
                    "UPDATE " + ownTable() + " SET v = v + 1 WHERE id = " + pick(ownIds));
        } else if (kind < 6) {
            statement.execute("UPDATE demo.shared SET v = v + 1, payload = 'dc" + side + " update " + i + "'"
                    + (altered ? ", extra = 'y" + i + "'" : "") + " WHERE id = " + pick(sharedIds));
        } else if (kind == 6) {
            statement.execute("DELETE FROM demo.shared WHERE id = " + take(sharedIds));
        } else if (kind == 7) {
            statement.execute("DELETE FROM " + ownTable() + " WHERE id = " + take(ownIds));
        } else if (kind == 8) {
            inTransaction(connection, statement, "UPDATE demo.shared SET v = v + 10 WHERE id IN (" + pick(sharedIds)
                    + ", " + pick(sharedIds) + ", " + pick(sharedIds) + ")",
                    "DELETE FROM " + ownTable() + " WHERE id = " + take(ownIds));
        } else {
            int from = take(sharedIds);
            int to = newSharedId();
            statement.execute("UPDATE demo.shared SET id = " + to + " WHERE id = " + from);
        }
    }

    private static void inTransaction(Connection connection, Statement statement, String... statements)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private String insertOwn(int i) {
        int id = nextOwnId++;
        ownIds.add(id);
        return "INSERT INTO " + ownTable() + " VALUES (" + id + ", " + i + ", 'dc" + side + " row " + id + "')";
    }

    private String insertShared(int i) {
        int id = newSharedId();
        return "INSERT INTO demo.shared (id, owner, v, payload) VALUES (" + id + ", 'dc" + side + "', " + i
                + ", 'dc" + side + " insert " + i + "')";
    }

    private int newSharedId() {
        int id = nextSharedId;
        nextSharedId += 2;
        sharedIds.add(id);
        return id;
    }

    private String ownTable() {
        return "demo.dc" + side + "_only";
    }

    private int pick(List<Integer> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private int take(List<Integer> ids) {
        return ids.remove(random.nextInt(ids.size()));
    }
}
