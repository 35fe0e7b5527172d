package io.dtle.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends Kafka's, Connect's and the connectors' logs to {@code <data>/dtle.log} so the terminal shows progress
 * only. Must run before the first logger is created. The Log4j configuration is named explicitly because Kafka's
 * test jars on the class path (through dtle-test-support, for the quick start's MySQL servers) carry log4j2.yaml,
 * which Log4j would otherwise prefer. The binlog client logs through java.util.logging, which goes to
 * {@code <data>/dtle-jul.log}.
 */
final class LogFile {
    static final String PROPERTY = "dtle.log.file";
    private static final String CONFIGURATION = "log4j2.configurationFile";

    private LogFile() {
    }

    static void useDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + absolute, e);
        }
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, absolute.resolve("dtle.log").toString());
        }
        if (System.getProperty(CONFIGURATION) == null) {
            System.setProperty(CONFIGURATION, "dtle-launcher-log4j2.xml");
        }
        redirectJavaUtilLogging(absolute.resolve("dtle-jul.log"));
    }

    static String current() {
        return System.getProperty(PROPERTY, "dtle.log");
    }

    private static void redirectJavaUtilLogging(Path file) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        try {
            FileHandler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            root.addHandler(handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
