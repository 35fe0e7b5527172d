package io.dtle.common.gtid;

/**
 * A closed range of transaction numbers of one source, {@code start} to {@code end} inclusive,
 * as MySQL prints it: {@code 7} for one transaction, {@code 1-5} for several.
 */
public record GtidInterval(long start, long end) {
    public GtidInterval {
        if (start < 1 || end < start || end > Gtid.MAX_TRANSACTION_NUMBER) {
            throw new IllegalArgumentException("GTID interval " + start + "-" + end
                    + ": expected 1 <= start <= end <= " + Gtid.MAX_TRANSACTION_NUMBER);
        }
    }

    public boolean contains(long transactionNumber) {
        return start <= transactionNumber && transactionNumber <= end;
    }

    /** How many transactions the interval holds. */
    public long count() {
        return end - start + 1;
    }

    @Override
    public String toString() {
        return start == end ? Long.toString(start) : start + "-" + end;
    }
}
