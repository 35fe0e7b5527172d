package io.dtle.common.expr;

import java.util.Arrays;

/**
 * How a condition compares strings (=, <, IN, BETWEEN, LIKE, CASE). A Where condition does not know the
 * collation of the columns it reads, so the job chooses one for all of them; the default is MySQL 8.0's
 * default collation, so a condition means the same in the snapshot SELECT (on default columns) and here.
 * Binary strings (BINARY, VARBINARY, BLOB) always compare byte by byte, as in MySQL.
 */
public enum Collation {
    /**
     * utf8mb4_0900_ai_ci, MySQL 8.0's default: case- and accent-insensitive ('a' = 'Á', 'ß' = 'ss'),
     * punctuation before digits before letters, and NO PAD ('a ' > 'a').
     */
    UTF8MB4_0900_AI_CI {
        @Override
        public int compare(String a, String b) {
            return a.equals(b) ? 0 : compareWeights(a, b);
        }

        @Override
        boolean sameCharacter(int a, int b) {
            return a == b || Arrays.equals(Utf8mb4Weights.of(a), Utf8mb4Weights.of(b));
        }
    },

    /** utf8mb4_0900_bin: case- and accent-sensitive, code point order, NO PAD. */
    UTF8MB4_0900_BIN {
        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int x = a.codePointAt(i);
                int y = b.codePointAt(j);
                if (x != y) {
                    return x < y ? -1 : 1;
                }
                i += Character.charCount(x);
                j += Character.charCount(y);
            }
            return Boolean.compare(i < a.length(), j < b.length());
        }

        @Override
        boolean sameCharacter(int a, int b) {
            return a == b;
        }
    };

    /** The default, MySQL 8.0's default collation. */
    public static final Collation DEFAULT = UTF8MB4_0900_AI_CI;

    /** Negative, zero or positive as {@code a} sorts before, equal to or after {@code b}. */
    public abstract int compare(String a, String b);

    /** Whether LIKE takes the two characters as equal: MySQL compares a pattern character by character. */
    abstract boolean sameCharacter(int a, int b);

    /** The MySQL name, e.g. utf8mb4_0900_ai_ci. */
    public String mysqlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Compares weight by weight, skipping ignorable characters; written without objects for speed. */
    private static int compareWeights(String a, String b) {
        int ia = 0;
        int ib = 0;
        char[] wa = NO_WEIGHTS;
        char[] wb = NO_WEIGHTS;
        int ka = 0;
        int kb = 0;
        while (true) {
            while (ka == wa.length && ia < a.length()) {
                int cp = a.codePointAt(ia);
                ia += Character.charCount(cp);
                wa = Utf8mb4Weights.of(cp);
                ka = 0;
            }
            while (kb == wb.length && ib < b.length()) {
                int cp = b.codePointAt(ib);
                ib += Character.charCount(cp);
                wb = Utf8mb4Weights.of(cp);
                kb = 0;
            }
            boolean moreA = ka < wa.length;
            boolean moreB = kb < wb.length;
            if (!moreA || !moreB) {
                return Boolean.compare(moreA, moreB);
            }
            char x = wa[ka++];
            char y = wb[kb++];
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
    }

    private static final char[] NO_WEIGHTS = new char[0];
}
