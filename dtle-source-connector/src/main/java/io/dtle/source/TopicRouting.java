package io.dtle.source;

import java.util.Arrays;
import java.util.Locale;

/** Values of topic.routing; ARCHITECTURE.md describes both. */
public enum TopicRouting {
    /** One topic per table, {@code <prefix>.<db>.<table>}, like Debezium. */
    TABLE,
    /** Every event of the job in one single-partition topic, in binlog order, for the MySQL sink. */
    ORDERED;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String[] names() {
        return Arrays.stream(values()).map(TopicRouting::configName).toArray(String[]::new);
    }

    static TopicRouting parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
