package io.dtle.common.gtid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An immutable MySQL GTID set, such as {@code @@gtid_executed}:
 * {@code 3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5:7,\n4f22...:1-100}.
 *
 * <p>Always canonical, so {@link #equals} is set equality and {@link #toString} is exactly what
 * MySQL prints: UUIDs in lower case and byte order, ranges sorted, merged and joined when
 * adjacent, {@code n} rather than {@code n-n}. MySQL 8.4 tags are kept per UUID after the
 * untagged ranges ({@code uuid:1-5:tag:1-3}).
 *
 * <p>What callers do most is cheap: {@link #contains} is two binary searches;
 * {@link #with} for the next number of a source copies an array of references and one range, and shares the rest.
 * To fold many sets or GTIDs together (a sink reading its bookkeeping rows), use a {@link Builder}.
 */
public final class GtidSet {
    private static final GtidSet EMPTY = new GtidSet(new SourceId[0], new Intervals[0]);
    private static final String UUID_SEPARATOR = ",\n";

    // Parallel arrays, sorted by source; never mutated once built, so sets share them freely.
    private final SourceId[] sources;
    private final Intervals[] intervals;

    private GtidSet(SourceId[] sources, Intervals[] intervals) {
        this.sources = sources;
        this.intervals = intervals;
    }

    public static GtidSet empty() {
        return EMPTY;
    }

    public static GtidSet of(Gtid gtid) {
        return EMPTY.with(gtid);
    }

    /**
     * Parses what MySQL prints and accepts: whitespace and newlines around parts, either case,
     * repeats and overlaps, empty elements; "" is the empty set. Stricter than MySQL where its
     * leniency would lose transactions silently: a UUID or tag without ranges, a reversed range
     * ({@code 5-3}) and non-decimal numbers are errors.
     */
    public static GtidSet parse(String text) {
        return GtidSetParser.parse(text);
    }

    /** Parses one source's interval text, as stored in {@code interval_gtid}: {@code 1-5:7}; "" is empty. */
    public static GtidSet parse(UUID sourceUuid, String intervalText) {
        return GtidSetParser.parse(sourceUuid, intervalText);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return sources.length == 0;
    }

    public boolean contains(Gtid gtid) {
        int at = Arrays.binarySearch(sources, gtid.source());
        return at >= 0 && intervals[at].contains(gtid.transactionNumber());
    }

    /** This set plus one transaction; {@code this} when already there. */
    public GtidSet with(Gtid gtid) {
        int at = Arrays.binarySearch(sources, gtid.source());
        if (at >= 0) {
            Intervals grown = intervals[at].with(gtid.transactionNumber());
            if (grown == intervals[at]) {
                return this;
            }
            Intervals[] copy = intervals.clone();
            copy[at] = grown;
            return new GtidSet(sources, copy);
        }
        int insertAt = -at - 1;
        Intervals single = Intervals.of(gtid.transactionNumber(), gtid.transactionNumber());
        return new GtidSet(inserted(sources, insertAt, gtid.source()), inserted(intervals, insertAt, single));
    }

    public GtidSet union(GtidSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return builder().addAll(this).addAll(other).build();
    }

    /** The transactions here that are not in {@code other}; ranges split where {@code other} makes holes. */
    public GtidSet subtract(GtidSet other) {
        if (other.isEmpty() || isEmpty()) {
            return this;
        }
        Builder rest = builder();
        for (int i = 0; i < sources.length; i++) {
            int there = Arrays.binarySearch(other.sources, sources[i]);
            rest.add(sources[i], there < 0 ? intervals[i] : intervals[i].subtract(other.intervals[there]));
        }
        return rest.build();
    }

    public boolean isSubsetOf(GtidSet other) {
        for (int i = 0; i < sources.length; i++) {
            int there = Arrays.binarySearch(other.sources, sources[i]);
            if (there < 0 || !intervals[i].isSubsetOf(other.intervals[there])) {
                return false;
            }
        }
        return true;
    }

    /** Whether any transaction here has a MySQL 8.4 tag. */
    public boolean hasTags() {
        for (SourceId source : sources) {
            if (source.isTagged()) {
                return true;
            }
        }
        return false;
    }

    /** The source UUIDs that have transactions here, each once, in MySQL's order. */
    public List<UUID> uuids() {
        List<UUID> uuids = new ArrayList<>();
        for (SourceId source : sources) {
            if (uuids.isEmpty() || !uuids.get(uuids.size() - 1).equals(source.uuid())) {
                uuids.add(source.uuid());
            }
        }
        return Collections.unmodifiableList(uuids);
    }

    /** The tags of {@code sourceUuid} that have transactions, "" standing for its untagged ones, in MySQL's order. */
    public List<String> tags(UUID sourceUuid) {
        List<String> tags = new ArrayList<>();
        for (int i = firstIndexOf(sourceUuid); i < sources.length && sources[i].uuid().equals(sourceUuid); i++) {
            tags.add(sources[i].tag());
        }
        return Collections.unmodifiableList(tags);
    }

    /** The untagged ranges of {@code sourceUuid}, ascending; empty when it has none. */
    public List<GtidInterval> intervals(UUID sourceUuid) {
        return intervals(sourceUuid, "");
    }

    /** The ranges of {@code sourceUuid} under {@code tag} ("" for untagged, any case), ascending. */
    public List<GtidInterval> intervals(UUID sourceUuid, String tag) {
        int at = Arrays.binarySearch(sources, new SourceId(sourceUuid, tag.toLowerCase(Locale.ROOT)));
        return at < 0 ? List.of() : intervals[at].toList();
    }

    /**
     * What follows {@code uuid:} in MySQL's text for this source, e.g. {@code 1-5:7} or
     * {@code 1-5:tag:1-3}; the {@code interval_gtid} column holds it. "" when the UUID is absent.
     */
    public String intervalText(UUID sourceUuid) {
        int first = firstIndexOf(sourceUuid);
        if (first == sources.length || !sources[first].uuid().equals(sourceUuid)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        appendIntervalText(first, text);
        return text.toString();
    }

    /** MySQL's own text, with {@code ",\n"} between UUIDs as in {@code @@gtid_executed}. */
    @Override
    public String toString() {
        return format(UUID_SEPARATOR);
    }

    /** The same text on one line ({@code ","} between UUIDs), for logs and configuration values. */
    public String toCompactString() {
        return format(",");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GtidSet set && Arrays.equals(sources, set.sources) && Arrays.equals(intervals, set.intervals);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sources) + Arrays.hashCode(intervals);
    }

    private String format(String uuidSeparator) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < sources.length) {
            if (i > 0) {
                text.append(uuidSeparator);
            }
            text.append(sources[i].uuid()).append(':');
            i = appendIntervalText(i, text);
        }
        return text.toString();
    }

    /** Appends the text of every source sharing the UUID at {@code from}; returns the index after them. */
    private int appendIntervalText(int from, StringBuilder text) {
        int i = from;
        for (; i < sources.length && sources[i].uuid().equals(sources[from].uuid()); i++) {
            if (i > from) {
                text.append(':');
            }
            if (sources[i].isTagged()) {
                text.append(sources[i].tag()).append(':');
            }
            intervals[i].appendTo(text);
        }
        return i;
    }

    private int firstIndexOf(UUID sourceUuid) {
        // The untagged source sorts first among a UUID's sources, so its insertion point is where they begin.
        int at = Arrays.binarySearch(sources, SourceId.untagged(sourceUuid));
        return at >= 0 ? at : -at - 1;
    }

    private static <T> T[] inserted(T[] array, int at, T element) {
        T[] copy = Arrays.copyOf(array, array.length + 1);
        System.arraycopy(array, at, copy, at + 1, array.length - at);
        copy[at] = element;
        return copy;
    }

    /** Collects GTIDs and sets without building a set per step. Not thread-safe. */
    public static final class Builder {
        private final Map<SourceId, Intervals> bySource = new TreeMap<>();

        private Builder() {
        }

        public Builder add(Gtid gtid) {
            long number = gtid.transactionNumber();
            Intervals had = bySource.get(gtid.source());
            bySource.put(gtid.source(), had == null ? Intervals.of(number, number) : had.with(number));
            return this;
        }

        public Builder addAll(GtidSet set) {
            for (int i = 0; i < set.sources.length; i++) {
                add(set.sources[i], set.intervals[i]);
            }
            return this;
        }

        Builder add(SourceId source, Intervals more) {
            bySource.merge(Objects.requireNonNull(source), more, Intervals::union);
            return this;
        }

        public GtidSet build() {
            bySource.values().removeIf(Intervals::isEmpty);
            if (bySource.isEmpty()) {
                return EMPTY;
            }
            return new GtidSet(bySource.keySet().toArray(new SourceId[0]), bySource.values().toArray(new Intervals[0]));
        }
    }
}
