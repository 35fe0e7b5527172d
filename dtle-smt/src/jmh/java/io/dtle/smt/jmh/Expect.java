package io.dtle.smt.jmh;

/** Checks in a benchmark's setup that the path it is about to time is the one it names. */
final class Expect {
    private Expect() {
    }

    static void that(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark fixture is wrong: expected " + what);
        }
    }
}
