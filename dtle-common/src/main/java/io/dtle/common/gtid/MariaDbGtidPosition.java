package io.dtle.common.gtid;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable MariaDB GTID position such as {@code @@gtid_binlog_pos}: at most one GTID per
 * replication domain ({@code 0-1-42,1-2-7}), meaning "every transaction of that domain up to
 * that sequence number". Canonical text sorts the entries by domain id.
 *
 * <p>Two ways to combine, for two callers: {@link #with} records the latest transaction read
 * from a binlog (binlog order wins, as MariaDB's own gtid_slave_pos does, even if a failover
 * without gtid_strict_mode made the sequence go back); {@link #union} merges positions known
 * independently, keeping the higher sequence per domain.
 */
public final class MariaDbGtidPosition {
    private static final MariaDbGtidPosition EMPTY = new MariaDbGtidPosition(new MariaDbGtid[0]);
    private static final String KIND = "MariaDB GTID position";

    private final MariaDbGtid[] byDomain;

    private MariaDbGtidPosition(MariaDbGtid[] byDomain) {
        this.byDomain = byDomain;
    }

    public static MariaDbGtidPosition empty() {
        return EMPTY;
    }

    /** Parses a comma-separated list; whitespace around entries is allowed, "" is the empty position. */
    public static MariaDbGtidPosition parse(String text) {
        Objects.requireNonNull(text, "MariaDB GTID position text");
        if (text.isBlank()) {
            return EMPTY;
        }
        String[] entries = text.split(",", -1);
        MariaDbGtid[] gtids = new MariaDbGtid[entries.length];
        for (int i = 0; i < entries.length; i++) {
            gtids[i] = MariaDbGtid.parse(entries[i].strip(), KIND, text);
        }
        Arrays.sort(gtids, (a, b) -> Long.compare(a.domainId(), b.domainId()));
        for (int i = 1; i < gtids.length; i++) {
            if (gtids[i].domainId() == gtids[i - 1].domainId()) {
                throw GtidText.error(KIND, text, gtids[i - 1] + "," + gtids[i],
                        "both have domain " + gtids[i].domainId(), "at most one GTID per domain");
            }
        }
        return new MariaDbGtidPosition(gtids);
    }

    public boolean isEmpty() {
        return byDomain.length == 0;
    }

    /** Whether the position covers {@code gtid}: same domain, sequence not after the position's. */
    public boolean contains(MariaDbGtid gtid) {
        int at = indexOf(gtid.domainId());
        return at >= 0 && !gtid.isAfter(byDomain[at]);
    }

    /** This position with {@code gtid} as its domain's entry, replacing what was there. */
    public MariaDbGtidPosition with(MariaDbGtid gtid) {
        Objects.requireNonNull(gtid, "gtid");
        int at = indexOf(gtid.domainId());
        if (at >= 0 && byDomain[at].equals(gtid)) {
            return this;
        }
        MariaDbGtid[] copy;
        if (at >= 0) {
            copy = byDomain.clone();
            copy[at] = gtid;
        } else {
            int insertAt = -at - 1;
            copy = new MariaDbGtid[byDomain.length + 1];
            System.arraycopy(byDomain, 0, copy, 0, insertAt);
            copy[insertAt] = gtid;
            System.arraycopy(byDomain, insertAt, copy, insertAt + 1, byDomain.length - insertAt);
        }
        return new MariaDbGtidPosition(copy);
    }

    /** Every domain of either position, with the higher sequence (this one's entry on a tie). */
    public MariaDbGtidPosition union(MariaDbGtidPosition other) {
        MariaDbGtidPosition merged = this;
        for (MariaDbGtid gtid : other.byDomain) {
            Optional<MariaDbGtid> mine = get(gtid.domainId());
            if (mine.isEmpty() || gtid.isAfter(mine.get())) {
                merged = merged.with(gtid);
            }
        }
        return merged;
    }

    public Optional<MariaDbGtid> get(long domainId) {
        int at = indexOf(domainId);
        return at >= 0 ? Optional.of(byDomain[at]) : Optional.empty();
    }

    /** One GTID per domain, by ascending domain id. */
    public List<MariaDbGtid> gtids() {
        return List.of(byDomain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MariaDbGtidPosition position && Arrays.equals(byDomain, position.byDomain);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byDomain);
    }

    /** MariaDB's text, entries by domain: {@code 0-1-42,1-2-7}; "" when empty. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (MariaDbGtid gtid : byDomain) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(gtid);
        }
        return text.toString();
    }

    private int indexOf(long domainId) {
        int low = 0;
        int high = byDomain.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long found = byDomain[mid].domainId();
            if (found == domainId) {
                return mid;
            }
            if (found < domainId) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -(low + 1);
    }
}
