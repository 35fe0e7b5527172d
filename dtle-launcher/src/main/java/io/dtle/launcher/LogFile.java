package io.dtle.launcher;

import java.nio.file.Path;

/**
 * Sends Kafka's, Connect's and the connectors' logs to {@code <data>/dtle.log} so the terminal shows progress
 * only. Must run before the first logger is created (log4j2.xml reads the system property).
 */
final class LogFile {
    static final String PROPERTY = "dtle.log.file";

    private LogFile() {
    }

    static void useDirectory(Path directory) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, directory.toAbsolutePath().resolve("dtle.log").toString());
        }
    }

    static String current() {
        return System.getProperty(PROPERTY, "dtle.log");
    }
}
