package io.dtle.common.gtid;

import java.util.Objects;
import java.util.UUID;

/**
 * What MySQL calls a TSID: the source UUID plus the tag ("" when untagged). Each one owns its
 * own sequence of transaction numbers, so it is the key of a {@link GtidSet}.
 *
 * <p>The order is MySQL's: UUIDs by their bytes (unsigned, which is also the order of their
 * lower-case text), then the untagged sequence, then tags alphabetically. {@link UUID#compareTo}
 * compares signed halves and would sort {@code 8...} before {@code 0...}, so it is not used.
 */
record SourceId(UUID uuid, String tag) implements Comparable<SourceId> {
    SourceId {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(tag, "tag");
    }

    static SourceId untagged(UUID uuid) {
        return new SourceId(uuid, "");
    }

    boolean isTagged() {
        return !tag.isEmpty();
    }

    @Override
    public int compareTo(SourceId other) {
        int byUuid = compareUuids(uuid, other.uuid);
        return byUuid != 0 ? byUuid : tag.compareTo(other.tag);
    }

    static int compareUuids(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return isTagged() ? uuid + ":" + tag : uuid.toString();
    }
}
