package io.dtle.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Validators for source connector keys whose rules ConfigDef does not ship. */
final class ConfigValidators {
    /** Room left in Kafka's 249-character topic name for {@code .<db>.<table>}. */
    static final int MAX_TOPIC_PREFIX_LENGTH = 100;
    static final long MAX_SERVER_ID = 4_294_967_295L;
    private static final Pattern TOPIC_PART = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern CHARSET = Pattern.compile("[A-Za-z0-9_]+");

    private ConfigValidators() {
    }

    /** A non-empty Kafka topic name part of legal characters, short enough for db and table to follow. */
    static ConfigDef.Validator topicPrefix() {
        return new Described("a non-empty topic name part of letters, digits, '.', '_' and '-', at most "
                + MAX_TOPIC_PREFIX_LENGTH + " characters", (name, value) -> {
            String text = (String) value;
            if (text == null || !TOPIC_PART.matcher(text).matches() || text.length() > MAX_TOPIC_PREFIX_LENGTH
                    || text.equals(".") || text.equals("..")) {
                throw new ConfigException(name, value, "Expected a non-empty topic name part of letters, digits, "
                        + "'.', '_' and '-', at most " + MAX_TOPIC_PREFIX_LENGTH + " characters.");
            }
        });
    }

    /** A list of Java regular expressions, each of which must compile. */
    static ConfigDef.Validator regexList() {
        return new Described("a comma-separated list of Java regular expressions", (name, value) -> {
            for (Object entry : (List<?>) value) {
                try {
                    Pattern.compile((String) entry);
                } catch (PatternSyntaxException e) {
                    throw new ConfigException(name, value, "Expected comma-separated Java regular expressions; '"
                            + entry + "' does not compile: " + e.getDescription() + ".");
                }
            }
        });
    }

    /** A list whose entries are each one of {@code allowed}, ignoring case. */
    static ConfigDef.Validator listOf(Set<String> allowed) {
        Set<String> sorted = new TreeSet<>(allowed);
        return new Described("a comma-separated list of " + sorted, (name, value) -> {
            for (Object entry : (List<?>) value) {
                if (!allowed.contains(((String) entry).toLowerCase(Locale.ROOT))) {
                    throw new ConfigException(name, value, "Expected a comma-separated list of " + sorted
                            + "; '" + entry + "' is not one of them.");
                }
            }
        });
    }

    /** One of {@code allowed}, ignoring case; the message lists them as written. */
    static ConfigDef.Validator oneOf(String... allowed) {
        String list = String.join(", ", allowed);
        return new Described("one of " + list, (name, value) -> {
            for (String candidate : allowed) {
                if (candidate.equalsIgnoreCase(((String) value).trim())) {
                    return;
                }
            }
            throw new ConfigException(name, value, "Expected one of " + list + ".");
        });
    }

    /** Empty (derive the id) or a MySQL server id from 1 to 2^32-1. */
    static ConfigDef.Validator serverId() {
        return new Described("empty, or a whole number from 1 to " + MAX_SERVER_ID, (name, value) -> {
            String text = value == null ? "" : ((String) value).trim();
            if (text.isEmpty()) {
                return;
            }
            try {
                long id = Long.parseLong(text);
                if (id >= 1 && id <= MAX_SERVER_ID) {
                    return;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ConfigException(name, value, "Expected empty (derived from the connector name) or a whole "
                    + "number from 1 to " + MAX_SERVER_ID + ".");
        });
    }

    /** A MySQL character set name such as utf8mb4 or gbk. */
    static ConfigDef.Validator charset() {
        return new Described("a MySQL character set name such as utf8mb4, latin1 or gbk", (name, value) -> {
            if (value == null || !CHARSET.matcher((String) value).matches()) {
                throw new ConfigException(name, value, "Expected a MySQL character set name of letters, digits "
                        + "and '_', such as utf8mb4, latin1 or gbk.");
            }
        });
    }

    /** Wraps {@code check} so that the generated docs say what it accepts. */
    static ConfigDef.Validator described(String accepts, ConfigDef.Validator check) {
        return new Described(accepts, check);
    }

    /** A validator whose toString() tells the docs what it accepts. */
    private record Described(String accepts, ConfigDef.Validator check) implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            check.ensureValid(name, value);
        }

        @Override
        public String toString() {
            return accepts;
        }
    }
}
