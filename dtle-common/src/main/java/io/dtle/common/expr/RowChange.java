package io.dtle.common.expr;

/**
 * What a filtered change becomes downstream, from whether its old and new rows match the condition: an
 * update whose old row matches and new row does not leaves the filtered set, so it becomes a delete; the
 * other way round it enters the set, so it becomes an insert.
 */
public enum RowChange {
    /** Neither row matches: the change is dropped. */
    NONE,
    /** Only the new row matches (an insert, a snapshot read, or an update entering the set). */
    INSERT,
    /** Both rows match: the update passes as an update. */
    UPDATE,
    /** Only the old row matches (a delete, or an update leaving the set). */
    DELETE;

    /** From whether the old row (false when there is none) and the new row (false when none) match. */
    public static RowChange of(boolean beforeMatches, boolean afterMatches) {
        if (beforeMatches) {
            return afterMatches ? UPDATE : DELETE;
        }
        return afterMatches ? INSERT : NONE;
    }
}
