package io.dtle.sink.parallel;

import io.dtle.testing.LocalMySqlServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Small transactions that fight over a few hot rows: each one folds an amount into two of {@value #HOT_ROWS} counters
 * (order-sensitive: {@code total = total * 31 + amount}) and appends a log row holding the first counter's value it
 * saw, so any reordering of two transactions on one row changes the result.
 */
final class HotRowWorkload {
    static final int HOT_ROWS = 50;
    private static final long MODULUS = 1_000_000_007L;

    private HotRowWorkload() {
    }

    static void createSchema(LocalMySqlServer server) {
        List<String> sql = new ArrayList<>(List.of("CREATE DATABASE hot",
                "CREATE TABLE hot.counters (id INT PRIMARY KEY, hits BIGINT NOT NULL, total BIGINT NOT NULL,"
                        + " last_unit INT NOT NULL)",
                "CREATE TABLE hot.log (unit_no INT PRIMARY KEY, gtid VARCHAR(64) NOT NULL, a INT NOT NULL,"
                        + " b INT NOT NULL, a_total BIGINT NOT NULL)"));
        StringBuilder rows = new StringBuilder("INSERT INTO hot.counters VALUES ");
        for (int id = 1; id <= HOT_ROWS; id++) {
            rows.append(id == 1 ? "" : ",").append('(').append(id).append(",0,0,0)");
        }
        sql.add(rows.toString());
        server.execute(sql.toArray(String[]::new));
    }

    /** {@code count} units numbered from 1, the same for the same seed. */
    static List<StatementUnit> units(int count, long seed, Consumer<StatementUnit> onCommit) {
        Random random = new Random(seed);
        List<StatementUnit> units = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int a = 1 + random.nextInt(HOT_ROWS);
            int b = 1 + (a + random.nextInt(HOT_ROWS - 1)) % HOT_ROWS;
            int amount = 1 + random.nextInt(1000);
            String gtid = "3e11fa47-71ca-11e1-9e33-c80aa9429562:" + n;
            List<String> sql = List.of(fold(a, amount, n), fold(b, amount + 7, n),
                    "INSERT INTO hot.log SELECT " + n + ", '" + gtid + "', " + a + ", " + b
                            + ", total FROM hot.counters WHERE id = " + a);
            units.add(new StatementUnit(gtid, Set.of("counters:" + a, "counters:" + b, "log:" + n),
                    StatementUnit.statements(sql), onCommit));
        }
        return units;
    }

    private static String fold(int id, int amount, int unit) {
        return "UPDATE hot.counters SET hits = hits + 1, total = (total * 31 + " + amount + ") % " + MODULUS
                + ", last_unit = " + unit + " WHERE id = " + id;
    }
}
