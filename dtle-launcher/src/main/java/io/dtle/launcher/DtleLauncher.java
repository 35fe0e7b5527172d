package io.dtle.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The runnable jar's entry point, called by the `dtle` script: `run` and `quickstart`. */
public final class DtleLauncher {
    private static final long STOP_GRACE_SECONDS = 60;

    private DtleLauncher() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "run" -> {
                    RunOptions options = RunOptions.parse(rest);
                    LogFile.useDirectory(options.dataDirectory());
                    untilStopped(stop -> new RunCommand(options, System.out, stop).run());
                }
                case "quickstart" -> {
                    LogFile.useDirectory(Path.of("dtle-data"));
                    untilStopped(stop -> new Quickstart(System.out, stop).run());
                }
                default -> {
                    System.err.println("usage: dtle-launcher run|quickstart [arguments]\n" + RunOptions.USAGE);
                    System.exit(2);
                }
            }
        } catch (StopRequested e) {
            System.err.println("dtle " + command + ": " + e.getMessage() + "; everything it started is stopped");
            System.exit(130);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            System.err.println("dtle " + command + ": " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("dtle " + command + " failed: " + e + " (details in " + LogFile.current() + ")");
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * Runs {@code body} on this thread; Ctrl-C (SIGINT/SIGTERM) releases its stop latch and waits for it to close
     * what it started, so every server stops cleanly before the JVM exits.
     */
    private static void untilStopped(java.util.function.Consumer<CountDownLatch> body) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dtle-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            body.accept(stop);
        } finally {
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is already running and returns now that we are done.
        }
    }

}
