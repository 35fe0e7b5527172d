package io.dtle.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, read from a resource the build fills in; every plugin's version() returns it. */
public final class Version {
    private static final Properties BUILD = load();

    private Version() {
    }

    public static String get() {
        return BUILD.getProperty("version");
    }

    /** A line for people: this build and the Kafka and Debezium versions it was built against. */
    public static String describe() {
        return "dtle-connect " + get() + " (Kafka Connect " + BUILD.getProperty("kafka.version")
                + ", Debezium " + BUILD.getProperty("debezium.version") + ")";
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the dtle-common jar; rebuild it with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static void main(String[] args) {
        System.out.println(describe());
    }
}
