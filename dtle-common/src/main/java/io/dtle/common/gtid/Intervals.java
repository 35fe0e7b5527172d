package io.dtle.common.gtid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The transaction numbers of one source as sorted, disjoint, non-adjacent closed ranges in one
 * flat array: {@code bounds[2i]} starts and {@code bounds[2i+1]} ends range i, inclusive.
 * Immutable. A flat array keeps the common set (one range per source) at two longs and makes
 * the lookups binary searches; every operation keeps the canonical form, so equal sets have
 * equal arrays. Numbers never exceed {@link Gtid#MAX_TRANSACTION_NUMBER}, so {@code end + 1}
 * cannot overflow.
 */
final class Intervals {
    static final Intervals EMPTY = new Intervals(new long[0]);

    private final long[] bounds;

    private Intervals(long[] bounds) {
        this.bounds = bounds;
    }

    /** One range; the caller has checked {@code 1 <= start <= end <= MAX_TRANSACTION_NUMBER}. */
    static Intervals of(long start, long end) {
        return new Intervals(new long[] {start, end});
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    boolean contains(long number) {
        int range = lastRangeStartingAtOrBefore(number);
        return range >= 0 && number <= bounds[2 * range + 1];
    }

    /** Adds one number; returns {@code this} when it is already there. */
    Intervals with(long number) {
        int last = bounds.length - 1;
        if (last > 0 && number == bounds[last] + 1) {
            // The binlog reader's case: the next transaction of a source extends its last range.
            long[] extended = bounds.clone();
            extended[last] = number;
            return new Intervals(extended);
        }
        return contains(number) ? this : union(of(number, number));
    }

    Intervals union(Intervals other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        long[] merged = new long[bounds.length + other.bounds.length];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < bounds.length || j < other.bounds.length) {
            boolean takeThis = j == other.bounds.length || i < bounds.length && bounds[i] <= other.bounds[j];
            long[] from = takeThis ? bounds : other.bounds;
            int at = takeThis ? i : j;
            if (size > 0 && from[at] <= merged[size - 1] + 1) {
                merged[size - 1] = Math.max(merged[size - 1], from[at + 1]);
            } else {
                merged[size++] = from[at];
                merged[size++] = from[at + 1];
            }
            if (takeThis) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return new Intervals(Arrays.copyOf(merged, size));
    }

    Intervals subtract(Intervals other) {
        if (isEmpty() || other.isEmpty()) {
            return this;
        }
        long[] kept = new long[bounds.length + other.bounds.length];
        int size = 0;
        int j = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            long end = bounds[i + 1];
            while (j < other.bounds.length && other.bounds[j + 1] < bounds[i]) {
                j += 2;
            }
            long next = bounds[i];
            for (int k = j; k < other.bounds.length && other.bounds[k] <= end && next <= end; k += 2) {
                if (other.bounds[k] > next) {
                    kept[size++] = next;
                    kept[size++] = other.bounds[k] - 1;
                }
                next = Math.max(next, other.bounds[k + 1] + 1);
            }
            if (next <= end) {
                kept[size++] = next;
                kept[size++] = end;
            }
        }
        return size == bounds.length && Arrays.equals(kept, 0, size, bounds, 0, size)
                ? this : new Intervals(Arrays.copyOf(kept, size));
    }

    /** Each range here lies inside one range of {@code other}: both are merged, so no range spans two. */
    boolean isSubsetOf(Intervals other) {
        int j = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            while (j < other.bounds.length && other.bounds[j + 1] < bounds[i]) {
                j += 2;
            }
            if (j == other.bounds.length || other.bounds[j] > bounds[i] || other.bounds[j + 1] < bounds[i + 1]) {
                return false;
            }
        }
        return true;
    }

    List<GtidInterval> toList() {
        List<GtidInterval> list = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            list.add(new GtidInterval(bounds[i], bounds[i + 1]));
        }
        return Collections.unmodifiableList(list);
    }

    /** MySQL's form, {@code 1-5:7:9-12}. */
    StringBuilder appendTo(StringBuilder text) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) {
                text.append(':');
            }
            text.append(bounds[i]);
            if (bounds[i + 1] != bounds[i]) {
                text.append('-').append(bounds[i + 1]);
            }
        }
        return text;
    }

    private int lastRangeStartingAtOrBefore(long number) {
        int low = 0;
        int high = bounds.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (bounds[2 * mid] <= number) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Intervals intervals && Arrays.equals(bounds, intervals.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return appendTo(new StringBuilder()).toString();
    }
}
