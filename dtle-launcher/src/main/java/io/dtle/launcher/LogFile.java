package io.dtle.launcher;

import java.nio.file.Path;

/**
 * Sends Kafka's, Connect's and the connectors' logs to {@code <data>/dtle.log} so the terminal shows progress
 * only. Must run before the first logger is created. The configuration is named explicitly because Kafka's
 * test jars on the class path (through dtle-test-support, for the quick start's MySQL servers) carry log4j2.yaml,
 * which Log4j would otherwise prefer.
 */
final class LogFile {
    static final String PROPERTY = "dtle.log.file";
    private static final String CONFIGURATION = "log4j2.configurationFile";

    private LogFile() {
    }

    static void useDirectory(Path directory) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, directory.toAbsolutePath().resolve("dtle.log").toString());
        }
        if (System.getProperty(CONFIGURATION) == null) {
            System.setProperty(CONFIGURATION, "dtle-launcher-log4j2.xml");
        }
    }

    static String current() {
        return System.getProperty(PROPERTY, "dtle.log");
    }
}
