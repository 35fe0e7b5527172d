package io.dtle.smt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dtle.testing.Await;
import io.dtle.testing.ConnectCluster;
import io.dtle.testing.ProcessWorker;
import io.dtle.testing.WorkerRest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, the manual's bidirectional replication across data centres: dc1 and dc2 each run a source and a sink
 * (jobs j12 and j21, incremental from SHOW MASTER STATUS), both sides write at the same time (to their own tables
 * and to their own ids of a shared table, with updates, key changes and deletes) and dc1 adds a column halfway.
 * When the load stops both sides are equal, every transaction that began on one side was applied on the other
 * exactly once, and none came back. The second test does the same while a Connect worker is killed mid-stream and
 * dc1 adds a column while its source is down: the restarted source decodes the rows before it with its schema
 * history.
 */
class BidirectionalIT {
    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** The killed worker is the one running this task: a source cut mid-stream is the hard case for the sink. */
    private static final String DC1_SOURCE = TwoDataCentres.DC1_TO_DC2 + "-source";
    private static final Pattern TASK_WORKER = Pattern.compile("\"tasks\":\\[\\{[^}]*\"worker_id\":\"([^\"]+)\"");

    @Test
    void concurrentWritesOnBothSidesEndEqualWithEachTransactionAppliedOnceAndNoneBack() throws Exception {
        try (TwoDataCentres pair = TwoDataCentres.start();
             ConnectCluster connect = ConnectCluster.builder().workers(2).name("dtle-bidi").start()) {
            Map<String, Map<String, String>> connectors = pair.connectors(connect.kafkaBootstrapServers());
            connectors.forEach(connect::createConnector);
            connectors.keySet().forEach(name -> connect.awaitRunning(name, 1));

            DataCentreLoad dc1 = new DataCentreLoad(pair.dc1, 1, 600, 300);
            DataCentreLoad dc2 = new DataCentreLoad(pair.dc2, 2, 600, -1);
            CompletableFuture.allOf(CompletableFuture.runAsync(dc1::run), CompletableFuture.runAsync(dc2::run)).get();

            pair.awaitEqual(SETTLE);
            pair.assertEveryOriginTransactionAppliedOnceOnTheOtherSide(dc1.committed(), dc2.committed());
            assertThat(pair.dc2.queryString("SELECT COUNT(*) FROM demo.shared WHERE extra LIKE 'y%'"))
                    .as("dc1's updates of the column it added, on dc2").isNotEqualTo("0");
            for (String name : connectors.keySet()) {
                assertThat(connect.status(name).tasks()).allSatisfy(t -> assertThat(t.state()).isEqualTo("RUNNING"));
            }
        }
    }

    @Test
    void aWorkerKilledMidStreamLosesAndRepeatsNothingInEitherDirection() throws Exception {
        try (TwoDataCentres pair = TwoDataCentres.start();
             ConnectCluster connect = ConnectCluster.builder().workers(1).name("dtle-bidi-failover").start()) {
            List<ProcessWorker> workers = new ArrayList<>();
            workers.add(connect.startProcessWorker());
            workers.add(connect.startProcessWorker());
            connect.stopWorker(); // only worker processes remain, so a kill takes tasks with it
            Map<String, Map<String, String>> connectors = pair.connectors(connect.kafkaBootstrapServers());
            connectors.forEach((name, config) -> WorkerRest.putConfig(workers, name, config));
            Await.until("the four connectors' tasks to run", ConnectCluster.DEFAULT_TIMEOUT,
                    () -> connectors.keySet().stream().allMatch(name -> WorkerRest.taskRunning(workers, name)));

            DataCentreLoad dc1 = new DataCentreLoad(pair.dc1, 1, 3000, -1);
            DataCentreLoad dc2 = new DataCentreLoad(pair.dc2, 2, 3000, -1);
            CompletableFuture<Void> load = CompletableFuture.allOf(CompletableFuture.runAsync(dc1::run),
                    CompletableFuture.runAsync(dc2::run));
            Await.until("both sinks to apply transactions", Duration.ofSeconds(60), () -> applied(pair) >= 100);
            ProcessWorker victim = workerRunning(workers, DC1_SOURCE);
            System.out.printf("bidirectional: before the kill:%n%s", statuses(workers, connectors));
            victim.kill();
            // While dc1's source is down (its task moves after 3 s), dc1 adds a column: the restarted source reads
            // rows logged before the ALTER from its last committed offset, and must decode them with the old
            // columns, from its schema history (issue #3), not with the table's definition at the restart.
            pair.dc1.execute(DataCentreLoad.ADD_COLUMN);
            dc1.columnAdded();
            workers.add(connect.startProcessWorker());
            System.out.printf("bidirectional: killed worker %s after %d + %d origin transactions, %d applied%n",
                    victim.workerId(), dc1.committed(), dc2.committed(), applied(pair));
            load.get();

            try {
                pair.awaitEqual(SETTLE);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nconnector statuses:\n" + statuses(workers, connectors), e);
            }
            try {
                // dc1's origin transactions: its load and the ALTER TABLE.
                pair.assertEveryOriginTransactionAppliedOnceOnTheOtherSide(dc1.committed() + 1, dc2.committed());
            } catch (AssertionError e) {
                keepLogs(workers);
                throw e;
            }
            assertThat(pair.dc2.queryString("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                    + "'demo' AND TABLE_NAME = 'shared' AND COLUMN_NAME = 'extra'")).as("dc1's new column on dc2")
                    .isEqualTo("1");
            for (String name : connectors.keySet()) {
                assertThat(WorkerRest.status(workers, name)).as(name + " status").doesNotContain("\"FAILED\"");
            }
        }
    }

    /** The worker processes' logs outlive the test only if copied: to target/, for the failure's reader. */
    private static void keepLogs(List<ProcessWorker> workers) {
        for (ProcessWorker worker : workers) {
            try {
                Path copy = Path.of("target", "bidi-" + worker.workerId().replace(':', '-') + ".log");
                Files.copy(worker.log(), copy, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("bidirectional: worker log kept in " + copy.toAbsolutePath());
            } catch (IOException e) {
                System.out.println("bidirectional: cannot keep the log of " + worker + ": " + e);
            }
        }
    }

    private static ProcessWorker workerRunning(List<ProcessWorker> workers, String connector) {
        Matcher worker = TASK_WORKER.matcher(WorkerRest.status(workers, connector));
        assertThat(worker.find()).as(connector + "'s task has a worker").isTrue();
        return workers.stream().filter(w -> w.workerId().equals(worker.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError(connector + " runs on an unknown worker " + worker.group(1)));
    }

    private static String statuses(List<ProcessWorker> workers, Map<String, ?> connectors) {
        StringBuilder text = new StringBuilder();
        connectors.keySet().forEach(name -> text.append(name).append(": ").append(WorkerRest.status(workers, name))
                .append('\n'));
        return text.toString();
    }

    /** Transactions applied on the side that applied fewer, from the audit trigger. */
    private static long applied(TwoDataCentres pair) {
        return Math.min(Long.parseLong(pair.dc1.queryString("SELECT COUNT(*) FROM audit.applied")),
                Long.parseLong(pair.dc2.queryString("SELECT COUNT(*) FROM audit.applied")));
    }
}
