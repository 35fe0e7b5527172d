package io.dtle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * `dtle quickstart` end to end. With the MySQL sink in the build the changes must arrive on the target and the
 * tables end equal; without it (until the sink is merged) they must arrive in Kafka.
 */
class QuickstartIT {

    @Test
    void quickstartShowsEveryChangeArrivingAndStopsEverything() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new Quickstart(new PrintStream(output, true, StandardCharsets.UTF_8), new CountDownLatch(1)).run();
        String printed = output.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        String where = QuickstartJob.sinkAvailable() ? "arrived on the target after" : "arrived in Kafka after";
        assertThat(printed.lines().filter(l -> l.contains(where))).hasSize(QuickstartJob.changes(1).size());
        if (QuickstartJob.sinkAvailable()) {
            assertThat(printed).contains("source and target are equal");
        }
        assertThat(printed).contains("full copy done", "done, nothing left running");
    }
}
