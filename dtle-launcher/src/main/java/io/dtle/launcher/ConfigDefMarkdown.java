package io.dtle.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/** One plugin's ConfigDef as a Markdown section: a table per group, in the order the keys were defined. */
final class ConfigDefMarkdown {
    private static final String UNGROUPED = "Other";

    private ConfigDefMarkdown() {
    }

    static String section(String kind, String className, ConfigDef config) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(simpleName(className)).append("\n\n")
                .append(kind).append(" `").append(className).append("`.\n");
        if (config.configKeys().isEmpty()) {
            return out.append("\nNo configuration keys.\n").toString();
        }
        for (Map.Entry<String, List<ConfigKey>> group : byGroup(config).entrySet()) {
            out.append("\n### ").append(group.getKey()).append("\n\n")
                    .append("| key | type | default | valid values | importance | description |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (ConfigKey key : group.getValue()) {
                out.append("| `").append(key.name).append("` | ").append(key.type.name().toLowerCase())
                        .append(" | ").append(defaultValue(key)).append(" | ")
                        .append(cell(key.validator == null ? "" : key.validator.toString())).append(" | ")
                        .append(key.importance == null ? "" : key.importance.name().toLowerCase()).append(" | ")
                        .append(cell(key.documentation)).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The keys named after databases or tables, sorted, as a table; empty when there are none. */
    static String namedKeys(Map<String, String> keys) {
        if (keys.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n### Keys with a variable part (databases, tables, client settings)\n\n")
                .append("| key | description |\n|---|---|\n");
        new java.util.TreeMap<>(keys).forEach((key, doc) -> out.append("| `").append(key).append("` | ")
                .append(cell(doc)).append(" |\n"));
        return out.toString();
    }

    private static Map<String, List<ConfigKey>> byGroup(ConfigDef config) {
        Map<String, List<ConfigKey>> groups = new LinkedHashMap<>();
        for (String group : config.groups()) {
            groups.put(group, new ArrayList<>());
        }
        for (ConfigKey key : config.configKeys().values()) {
            groups.computeIfAbsent(key.group == null ? UNGROUPED : key.group, g -> new ArrayList<>()).add(key);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private static String defaultValue(ConfigKey key) {
        if (!key.hasDefault()) {
            return "required";
        }
        Object value = key.defaultValue;
        if (value == null) {
            return "null";
        }
        if (value instanceof Password) {
            // A default secret is never printed; an empty one says so.
            return ((Password) value).value().isEmpty() ? "\"\"" : "(hidden)";
        }
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : ConfigDef.convertToString(value, key.type);
        return text.isEmpty() ? "\"\"" : "`" + cell(text) + "`";
    }

    /** Text safe inside one Markdown table cell. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        // < and > would read as HTML tags ("<db>"); line breaks become <br> after escaping them.
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", "").replace("\n", "<br>").strip();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
