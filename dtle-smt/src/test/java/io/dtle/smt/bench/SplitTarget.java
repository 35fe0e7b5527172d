package io.dtle.smt.bench;

import io.dtle.sink.DtleSinkConfig;
import io.dtle.sink.bench.SinkSetup;
import io.dtle.sink.bench.Workload;
import io.dtle.smt.WhereFilter;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.TableComparer;
import java.util.Map;

/**
 * One sink of a benchmark pipeline: the workload's table copied into {@code database} on the target, keeping only the
 * rows of {@code condition} (a WhereFilter), or every row when it is null.
 */
record SplitTarget(String database, String condition) {

    String table() {
        return database + ".sbtest";
    }

    /** The dtle sink with Connect's and the connector's defaults, renaming the database and filtering as needed. */
    Map<String, String> sinkConfig(LocalMySqlServer target, String prefix, Workload workload) {
        Map<String, String> config = SinkSetup.dtleDefaults(target, prefix);
        if (!database.equals(workload.database())) {
            config.put(DtleSinkConfig.DATABASE_RENAME_PREFIX + workload.database(), database);
        }
        if (condition != null) {
            config.put("transforms", "where");
            config.put("transforms.where.type", WhereFilter.class.getName());
            config.put("transforms.where.where." + workload.table(), condition);
        }
        return config;
    }

    /** The source's rows of this target: its highest id and row count, as the source server computes them. */
    long[] expected(LocalMySqlServer source, Workload workload) {
        String where = condition == null ? "" : " WHERE " + condition;
        String[] values = source.queryString("SELECT CONCAT(MAX(id), ' ', COUNT(*)) FROM " + workload.table() + where)
                .split(" ");
        return new long[] {Long.parseLong(values[0]), Long.parseLong(values[1])};
    }

    /** Fails unless the target table equals the source's rows of the condition, row for row. */
    void assertEqual(LocalMySqlServer source, LocalMySqlServer target, Workload workload) {
        TableComparer comparer = TableComparer.between(source, target).table(workload.table(), table());
        if (condition != null) {
            comparer.leftWhere(workload.table(), condition);
        }
        comparer.assertEqual();
    }
}
