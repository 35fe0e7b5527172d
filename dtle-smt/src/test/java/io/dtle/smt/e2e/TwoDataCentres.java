package io.dtle.smt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.GtidSet;
import io.dtle.sink.e2e.Jobs;
import io.dtle.sink.e2e.SinkTriggers;
import io.dtle.smt.LoopDetection;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The manual's cross-data-centre pair: MySQL servers dc1 and dc2 holding the same database {@code demo}, and the
 * two jobs of a TwoWaySync (dc1 to dc2 "j12", dc2 to dc1 "j21"), incremental only from the GTID sets SHOW MASTER
 * STATUS gave at set-up. A trigger on each side's bookkeeping table records every source transaction its sink
 * applies under a unique key (a second application would fail there), which is how the test proves exactly once.
 */
final class TwoDataCentres implements AutoCloseable {
    static final String DATABASE = "demo";
    static final String[] TABLES = {"demo.dc1_only", "demo.dc2_only", "demo.shared"};
    static final String DC1_TO_DC2 = "j12";
    static final String DC2_TO_DC1 = "j21";
    /** Rows both sides hold before the jobs start: ids 1..SEEDED in every table. */
    static final int SEEDED = 20;

    final LocalMySqlServer dc1;
    final LocalMySqlServer dc2;
    private final GtidSet dc1Start;
    private final GtidSet dc2Start;

    private TwoDataCentres(LocalMySqlServer dc1, LocalMySqlServer dc2) {
        this.dc1 = dc1;
        this.dc2 = dc2;
        prepare(dc1);
        prepare(dc2);
        this.dc1Start = executedGtidSet(dc1);
        this.dc2Start = executedGtidSet(dc2);
    }

    static TwoDataCentres start() {
        LocalMySqlServer dc1 = LocalMySqlServer.mysql();
        try {
            return new TwoDataCentres(dc1, LocalMySqlServer.mysql());
        } catch (RuntimeException e) {
            dc1.close();
            throw e;
        }
    }

    /** Same tables and rows on both sides, set up outside replication, as a TwoWaySync job expects. */
    private static void prepare(LocalMySqlServer server) {
        server.execute("CREATE DATABASE demo",
                "CREATE TABLE demo.dc1_only (id INT PRIMARY KEY, v INT NOT NULL, note VARCHAR(40))",
                "CREATE TABLE demo.dc2_only (id INT PRIMARY KEY, v INT NOT NULL, note VARCHAR(40))",
                "CREATE TABLE demo.shared (id INT PRIMARY KEY, owner CHAR(3) NOT NULL, v INT NOT NULL, "
                        + "payload VARCHAR(60))",
                "INSERT INTO demo.dc1_only WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                        + "WHERE n < " + SEEDED + ") SELECT n, n, 'seed' FROM seq",
                "INSERT INTO demo.dc2_only SELECT * FROM demo.dc1_only",
                "INSERT INTO demo.shared SELECT id, IF(id % 2 = 1, 'dc1', 'dc2'), v, note FROM demo.dc1_only",
                "CREATE DATABASE audit",
                "CREATE TABLE audit.applied (source_uuid BINARY(16), gno VARCHAR(40), PRIMARY KEY (source_uuid, gno))");
        SinkTriggers.recordAppliedGtids(server);
    }

    /**
     * The four connectors, by name, configured as the translator configures a TwoWaySync job's two directions when
     * it knows the Connect cluster's Kafka, {@code kafkaBootstrap}: the sources keep their schema history there.
     */
    Map<String, Map<String, String>> connectors(String kafkaBootstrap) {
        Map<String, Map<String, String>> connectors = new LinkedHashMap<>();
        addDirection(connectors, DC1_TO_DC2, DC2_TO_DC1, dc1, dc1Start, dc2);
        addDirection(connectors, DC2_TO_DC1, DC1_TO_DC2, dc2, dc2Start, dc1);
        connectors.values().stream().filter(config -> config.containsKey("start.gtid")).forEach(source ->
                source.put(SourceConnectorConfigs.SCHEMA_HISTORY_BOOTSTRAP_SERVERS, kafkaBootstrap));
        return connectors;
    }

    /**
     * JobTranslator's mapping: the source streams from the start set in ordered routing with LoopDetection
     * dropping what the reverse job applied (origin.jobs); the sink applies under the job's name.
     */
    private static void addDirection(Map<String, Map<String, String>> connectors, String job, String reverseJob,
                                     LocalMySqlServer from, GtidSet start, LocalMySqlServer to) {
        Map<String, String> source = Jobs.source(from, job, DATABASE);
        source.put("start.gtid", start.toCompactString());
        source.put("transforms", "loop");
        source.put("transforms.loop.type", LoopDetection.class.getName());
        source.put("transforms.loop.origin.jobs", reverseJob);
        connectors.put(job + "-source", source);
        Map<String, String> sink = Jobs.sink(to, job);
        sink.put("dtle.job.name", job);
        sink.put("retry.backoff.ms", "500");
        sink.put("retry.tx.limit", "8");
        connectors.put(job + "-sink", sink);
    }

    void awaitEqual(Duration timeout) {
        Jobs.awaitEqual(dc1, dc2, timeout, TABLES);
    }

    /**
     * Each side's own transactions since the start (read from its binlog, leaving out what a dtle sink applied)
     * were applied on the other side once each, and nothing else was: no transaction came back to where it began.
     */
    void assertEveryOriginTransactionAppliedOnceOnTheOtherSide(int dc1Transactions, int dc2Transactions) {
        UUID dc1Uuid = serverUuid(dc1);
        UUID dc2Uuid = serverUuid(dc2);
        List<Long> dc1Origin = BinlogTransactions.originTransactions(dc1, dc1Uuid, dc1Start, DATABASE);
        List<Long> dc2Origin = BinlogTransactions.originTransactions(dc2, dc2Uuid, dc2Start, DATABASE);
        assertThat(dc1Origin).as("dc1's own transactions in its binlog").hasSize(dc1Transactions);
        assertThat(dc2Origin).as("dc2's own transactions in its binlog").hasSize(dc2Transactions);

        assertAppliedExactly("dc2", appliedGtids(dc2), dc1, dc1Uuid, dc1Origin);
        assertAppliedExactly("dc1", appliedGtids(dc1), dc2, dc2Uuid, dc2Origin);
    }

    /** {@code side} applied exactly {@code origin}'s own transactions and nothing of another server. */
    private static void assertAppliedExactly(String side, Map<UUID, Set<Long>> applied, LocalMySqlServer from,
                                             UUID origin, List<Long> originTransactions) {
        Set<UUID> others = new TreeSet<>(applied.keySet());
        others.remove(origin);
        assertThat(others).as("servers whose transactions %s applied besides %s (its own came back?)", side, origin)
                .isEmpty();
        Set<Long> appliedNumbers = applied.getOrDefault(origin, Set.of());
        Set<Long> missing = new TreeSet<>(originTransactions);
        missing.removeAll(appliedNumbers);
        Set<Long> extra = new TreeSet<>(appliedNumbers);
        extra.removeAll(originTransactions);
        assertThat(missing).as("transactions that began on %s and were never applied on %s", origin, side).isEmpty();
        assertThat(extra).as("transactions of %s applied on %s that a dtle sink had applied there (came back): %s",
                origin, side, describe(from, origin, extra)).isEmpty();
    }

    /** The binlog's view of the given transactions: the tables they wrote and their statements. */
    private static String describe(LocalMySqlServer server, UUID uuid, Set<Long> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (BinlogTransactions.Transaction transaction : BinlogTransactions.read(server)) {
            if (UUID.fromString(transaction.uuid()).equals(uuid) && numbers.contains(transaction.gno())) {
                text.append("\n  ").append(transaction);
            }
        }
        return text.toString();
    }

    /** Source GTIDs the server's sink applied, from the audit trigger: origin server to transaction numbers. */
    static Map<UUID, Set<Long>> appliedGtids(LocalMySqlServer server) {
        Map<UUID, Set<Long>> applied = new TreeMap<>();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT BIN_TO_UUID(source_uuid), gno FROM audit.applied")) {
            while (rows.next()) {
                applied.computeIfAbsent(UUID.fromString(rows.getString(1)), u -> new TreeSet<>())
                        .add(Long.parseLong(rows.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read audit.applied on " + server, e);
        }
        return applied;
    }

    static GtidSet executedGtidSet(LocalMySqlServer server) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
             ResultSet status = statement.executeQuery("SHOW MASTER STATUS")) {
            if (!status.next()) {
                throw new IllegalStateException(server + " has no binlog: SHOW MASTER STATUS is empty");
            }
            return GtidSet.parse(status.getString("Executed_Gtid_Set").replaceAll("\\s+", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("SHOW MASTER STATUS failed on " + server, e);
        }
    }

    static UUID serverUuid(LocalMySqlServer server) {
        return UUID.fromString(server.queryString("SELECT @@server_uuid"));
    }

    @Override
    public void close() {
        try (dc1; dc2) {
            // both servers stop, even when one fails to
        }
    }
}
