package io.dtle.launcher;

/** Ctrl-C came while something was starting or being waited for; what had started is already closed. */
final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRequested(String message) {
        super(message);
    }
}
