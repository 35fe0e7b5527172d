package io.dtle.smt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.GtidSet;
import io.dtle.sink.e2e.Jobs;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.LocalMySqlServer;
import io.dtle.testing.SourceConnectorConfigs;
import io.dtle.testing.TableComparer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 (sink): rows of per-table topics (the source's table routing, as Debezium writes them) carry no GTID. Every
 * target transaction the sink commits for them, a full copy's batches, upserts, deletes and a TRUNCATE, must still
 * name the job in the target's binlog the way a source recognises (a row event on the bookkeeping table first, or
 * the DDL origin marker), or the other direction of a bidirectional job would send it back. The TRUNCATE commits the
 * rows before it on its own, so the rows after it, in the same batch, need a tag of their own (found by this test).
 */
class PerTableTopicsTaggingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String[] TABLES = {"demo.a", "demo.b"};

    @Test
    void everyTargetTransactionFromPerTableTopicsIsTaggedFirst() {
        try (LocalMySqlServer source = LocalMySqlServer.mysql(); LocalMySqlServer target = LocalMySqlServer.mysql();
             ConnectCluster connect = ConnectCluster.builder().workers(1).name("dtle-per-table").start()) {
            for (LocalMySqlServer server : List.of(source, target)) {
                server.execute("CREATE DATABASE demo", "CREATE TABLE demo.a (id INT PRIMARY KEY, v INT NOT NULL)",
                        "CREATE TABLE demo.b (id INT PRIMARY KEY, v INT NOT NULL)");
            }
            source.execute("INSERT INTO demo.a VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)",
                    "INSERT INTO demo.b SELECT * FROM demo.a");
            GtidSet targetBefore = TwoDataCentres.executedGtidSet(target);
            Map<String, String> sink = Jobs.sink(target, "pt");
            sink.remove("topics");
            sink.put("topics.regex", "pt\\.demo\\..*");
            sink.put("dtle.job.name", "pt");
            sink.put("parallel.workers", "2");
            sink.put("batch.size", "3");
            sink.put("consumer.override.metadata.max.age.ms", "1000");
            // the sink subscribes by pattern: its topics exist first, so it finds them without a metadata refresh
            connect.createConnector("pt-source", SourceConnectorConfigs.of(source, "pt", "demo"));
            connect.awaitRunning("pt-source", 1);
            connect.awaitRecords("pt.demo.a", 7);
            connect.awaitRecords("pt.demo.b", 7);
            connect.createConnector("pt-sink", sink);
            connect.awaitRunning("pt-sink", 1);
            Jobs.awaitEqual(source, target, TIMEOUT, TABLES);

            source.execute("INSERT INTO demo.a VALUES (100, 1)", "UPDATE demo.b SET v = v + 1 WHERE id <= 2",
                    "DELETE FROM demo.a WHERE id = 3", "TRUNCATE TABLE demo.b", "INSERT INTO demo.b VALUES (9, 9)");
            Jobs.awaitEqual(source, target, TIMEOUT, TABLES);

            UUID targetUuid = TwoDataCentres.serverUuid(target);
            List<BinlogTransactions.Transaction> applied = BinlogTransactions.read(target).stream()
                    .filter(t -> !targetBefore.contains(Gtid.of(UUID.fromString(t.uuid()), t.gno())))
                    .filter(t -> UUID.fromString(t.uuid()).equals(targetUuid))
                    .filter(t -> t.touches("demo") || t.statements().stream().anyMatch(s -> s.contains("TRUNCATE")))
                    .toList();
            assertThat(applied).as("the sink's transactions on demo in the target's binlog").hasSizeGreaterThan(3);
            assertThat(applied).as("transactions that do not start with the job's tag").filteredOn(t -> !taggedFirst(t))
                    .isEmpty();
            TableComparer.between(source, target).tables(TABLES).assertEqual();
        }
    }

    /** What a source tags by: the first row event is on the bookkeeping table, or the statement has the marker. */
    private static boolean taggedFirst(BinlogTransactions.Transaction transaction) {
        if (!transaction.tables().isEmpty()) {
            return transaction.tables().get(0).equalsIgnoreCase("dtle.gtid_executed_v2");
        }
        return transaction.statements().stream().anyMatch(s -> s.contains("/*dtle:origin="));
    }
}
