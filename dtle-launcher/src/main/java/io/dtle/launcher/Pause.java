package io.dtle.launcher;

/** The launcher's polling step: a short wait between two looks at something that changes. */
final class Pause {
    private static final long STEP_MS = 200;

    private Pause() {
    }

    /** Waits one step; false when interrupted (the caller should stop). */
    static boolean briefly() {
        return sleep(STEP_MS);
    }

    static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
