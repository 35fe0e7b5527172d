package io.dtle.common.gtid;

import java.util.Objects;

/**
 * One MariaDB transaction id, {@code domain-server-sequence} such as {@code 0-1-42}.
 * Domain and server ids are unsigned 32-bit numbers; the sequence number is unsigned 64-bit,
 * held in a {@code long} and compared with {@link Long#compareUnsigned} so that values past
 * 2^63-1 (legal in MariaDB, unlikely in practice) still order and print correctly.
 */
public record MariaDbGtid(long domainId, long serverId, long sequence) {
    public static final long MAX_ID = 0xFFFF_FFFFL;

    static final String FORM = "DOMAIN-SERVER-SEQUENCE like 0-1-42";

    public MariaDbGtid {
        if (domainId < 0 || domainId > MAX_ID || serverId < 0 || serverId > MAX_ID) {
            throw new IllegalArgumentException("MariaDB GTID " + domainId + "-" + serverId + "-"
                    + Long.toUnsignedString(sequence) + ": domain and server ids go from 0 to " + MAX_ID);
        }
    }

    public static MariaDbGtid parse(String text) {
        Objects.requireNonNull(text, "MariaDB GTID text");
        return parse(text.strip(), "MariaDB GTID", text);
    }

    /** Parses one entry of {@code input}; errors name {@code kind} and quote both. */
    static MariaDbGtid parse(String token, String kind, String input) {
        String[] parts = token.split("-", -1);
        if (parts.length != 3) {
            throw GtidText.error(kind, input, token, "is not a MariaDB GTID", FORM);
        }
        long domain = number(parts[0], MAX_ID, "domain id", kind, input, token);
        long server = number(parts[1], MAX_ID, "server id", kind, input, token);
        long sequence = number(parts[2], -1L, "sequence number", kind, input, token);
        return new MariaDbGtid(domain, server, sequence);
    }

    /** Whether this transaction's sequence number comes after {@code other}'s (unsigned, as MariaDB compares). */
    public boolean isAfter(MariaDbGtid other) {
        return Long.compareUnsigned(sequence, other.sequence) > 0;
    }

    @Override
    public String toString() {
        return domainId + "-" + serverId + "-" + Long.toUnsignedString(sequence);
    }

    private static long number(String digits, long unsignedMax, String name, String kind, String input, String token) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw GtidText.error(kind, input, token, "is not a MariaDB GTID", FORM);
        }
        try {
            long value = Long.parseUnsignedLong(digits);
            if (Long.compareUnsigned(value, unsignedMax) <= 0) {
                return value;
            }
        } catch (NumberFormatException tooLong) {
            // falls through to the range message below
        }
        throw GtidText.error(kind, input, token, "has a " + name + " out of range",
                FORM + ", the " + name + " from 0 to " + Long.toUnsignedString(unsignedMax));
    }
}
