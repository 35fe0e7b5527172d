package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalsTest {
    private static final int LIMIT = 64;

    @Test
    void extendsTheLastRangeWithoutSearching() {
        Intervals one = Intervals.of(1, 5);

        assertThat(one.with(6)).hasToString("1-6");
        assertThat(one.with(5)).isSameAs(one);
        assertThat(Intervals.EMPTY.with(3)).hasToString("3");
    }

    @Test
    void subtractReturnsItselfWhenNothingIsRemoved() {
        Intervals ranges = random(new Random(1));

        assertThat(ranges.subtract(Intervals.of(1000, 2000))).isSameAs(ranges);
    }

    @Test
    void agreesWithAPlainBitSetOnRandomRanges() {
        Random random = new Random(20240601);
        for (int round = 0; round < 5000; round++) {
            Intervals a = random(random);
            Intervals b = random(random);
            BitSet bitsA = bits(a);
            BitSet bitsB = bits(b);

            BitSet union = (BitSet) bitsA.clone();
            union.or(bitsB);
            BitSet difference = (BitSet) bitsA.clone();
            difference.andNot(bitsB);

            assertThat(a.union(b)).isEqualTo(fromBits(union)).hasToString(fromBits(union).toString());
            assertThat(a.subtract(b)).isEqualTo(fromBits(difference));
            assertThat(a.isSubsetOf(b)).isEqualTo(difference.isEmpty());
            long number = 1 + random.nextInt(LIMIT);
            assertThat(a.contains(number)).isEqualTo(bitsA.get((int) number));
            assertThat(a.with(number)).isEqualTo(fromBits(withBit(bitsA, number)));
        }
    }

    private static Intervals random(Random random) {
        Intervals ranges = Intervals.EMPTY;
        for (int i = random.nextInt(6); i > 0; i--) {
            long start = 1 + random.nextInt(LIMIT);
            long end = Math.min(LIMIT, start + random.nextInt(8));
            ranges = ranges.union(Intervals.of(start, end));
        }
        return ranges;
    }

    private static BitSet bits(Intervals ranges) {
        BitSet bits = new BitSet();
        for (GtidInterval interval : ranges.toList()) {
            bits.set((int) interval.start(), (int) interval.end() + 1);
        }
        return bits;
    }

    /** Builds one number at a time, so it checks the merging code against the simplest path. */
    private static Intervals fromBits(BitSet bits) {
        Intervals ranges = Intervals.EMPTY;
        for (int number = bits.nextSetBit(0); number >= 0; number = bits.nextSetBit(number + 1)) {
            ranges = ranges.union(Intervals.of(number, number));
        }
        return ranges;
    }

    private static BitSet withBit(BitSet bits, long number) {
        BitSet copy = (BitSet) bits.clone();
        copy.set((int) number);
        return copy;
    }
}
