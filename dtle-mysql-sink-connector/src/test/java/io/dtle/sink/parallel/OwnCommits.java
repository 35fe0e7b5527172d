package io.dtle.sink.parallel;

import io.dtle.common.gtid.GtidInterval;
import io.dtle.common.gtid.GtidSet;
import io.dtle.testing.LocalMySqlServer;
import java.util.UUID;

/** How many transactions a server committed itself: its own GTIDs (GTIDs are on in test servers). */
public final class OwnCommits {
    private OwnCommits() {
    }

    public static long of(LocalMySqlServer server) {
        UUID own = UUID.fromString(server.queryString("SELECT @@server_uuid"));
        GtidSet executed = GtidSet.parse(server.gtidExecuted());
        return executed.uuids().contains(own)
                ? executed.intervals(own).stream().mapToLong(GtidInterval::count).sum() : 0;
    }
}
