package io.dtle.common.record;

import java.util.Locale;

/** The source's {@code topic.routing} choices (ARCHITECTURE.md, "Topic routing"). */
public enum TopicRouting {
    /** One topic per table, schema changes to the prefix topic, markers to the transaction topic. */
    TABLE,
    /** Everything of the job in one single-partition topic, in binlog order (what the MySQL sink reads). */
    ORDERED;

    /** The value users write in the config. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TopicRouting forConfigValue(String value) {
        for (TopicRouting routing : values()) {
            if (routing.configValue().equalsIgnoreCase(value.trim())) {
                return routing;
            }
        }
        throw new IllegalArgumentException("Unknown topic routing '" + value + "', expected table or ordered");
    }
}
