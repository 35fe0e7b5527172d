package io.dtle.common.expr;

/**
 * A compiled LIKE pattern: '%' matches any run of characters, '_' exactly one, the escape character makes
 * the next character literal (a trailing escape is itself literal), and other characters match per the
 * collation, one character against one character as MySQL does ('ß' LIKE 'ss' is FALSE although
 * 'ß' = 'ss' is TRUE). There is no padding: 'a ' LIKE 'a' is FALSE.
 */
final class LikePattern {
    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

    private final int[] codes;
    private final Collation collation;

    private LikePattern(int[] codes, Collation collation) {
        this.codes = codes;
        this.collation = collation;
    }

    /** Compiles {@code pattern}; {@code escape} is a code point, or -1 for none. */
    static LikePattern compile(String pattern, int escape, Collation collation) {
        int[] points = pattern.codePoints().toArray();
        int[] codes = new int[points.length];
        int n = 0;
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (c == escape && i + 1 < points.length) {
                codes[n++] = points[++i];
            } else if (c == '%') {
                if (n == 0 || codes[n - 1] != ANY_RUN) {
                    codes[n++] = ANY_RUN;
                }
            } else if (c == '_') {
                codes[n++] = ANY_ONE;
            } else {
                codes[n++] = c;
            }
        }
        return new LikePattern(java.util.Arrays.copyOf(codes, n), collation);
    }

    /** Greedy matching that backtracks to the last '%' on a mismatch; linear for patterns with one '%'. */
    boolean matches(String text) {
        int p = 0;
        int s = 0;
        int runP = -1;
        int runS = -1;
        while (s < text.length()) {
            int c = text.codePointAt(s);
            int code = p < codes.length ? codes[p] : Integer.MIN_VALUE;
            if (code == ANY_RUN) {
                runP = ++p;
                runS = s;
            } else if (code == ANY_ONE || code >= 0 && collation.sameCharacter(code, c)) {
                p++;
                s += Character.charCount(c);
            } else if (runP >= 0) {
                p = runP;
                runS += Character.charCount(text.codePointAt(runS));
                s = runS;
            } else {
                return false;
            }
        }
        while (p < codes.length && codes[p] == ANY_RUN) {
            p++;
        }
        return p == codes.length;
    }
}
