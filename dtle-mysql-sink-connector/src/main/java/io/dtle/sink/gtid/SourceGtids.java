package io.dtle.sink.gtid;

import io.dtle.common.gtid.Gtid;
import io.dtle.common.gtid.MariaDbGtid;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns the {@code dtle.gtid} header into a {@link Gtid}. MySQL GTIDs ({@code uuid:n}, {@code uuid:tag:n}) parse as
 * they are; a MariaDB GTID {@code domain-server-seq} becomes the sequence number under a UUID made of its domain and
 * server, so one bookkeeping format serves both server families (ARCHITECTURE.md: "keyed by domain/server").
 */
public final class SourceGtids {
    private static final Pattern MARIADB = Pattern.compile("\\d+-\\d+-\\d+");

    private SourceGtids() {
    }

    public static Gtid parse(String text) {
        String trimmed = text.trim();
        if (MARIADB.matcher(trimmed).matches()) {
            MariaDbGtid gtid = MariaDbGtid.parse(trimmed);
            return Gtid.of(mariaDbSource(gtid.domainId(), gtid.serverId()), gtid.sequence());
        }
        return Gtid.parse(trimmed);
    }

    /** The UUID standing for a MariaDB (domain, server) pair: the domain in the high half, the server in the low. */
    static UUID mariaDbSource(long domainId, long serverId) {
        return new UUID(domainId, serverId);
    }
}
