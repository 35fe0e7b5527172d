package io.dtle.translator.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one JSON object of a job file, looked up ignoring case as dtle (a Go program) does, with typed
 * getters that name the JSON path in their errors. It remembers which fields were read so the rest can be
 * reported.
 */
final class JsonFields {
    private final String path;
    private final Map<String, String> actualNames = new LinkedHashMap<>();
    private final JsonNode node;
    private final Set<String> read = new LinkedHashSet<>();

    private JsonFields(String path, JsonNode node) {
        this.path = path;
        this.node = node;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            actualNames.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
    }

    static JsonFields of(String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new JobFileException(path, "expected a JSON object, found " + describe(node),
                    "write it as { \"Field\": value, ... }");
        }
        return new JsonFields(path, node);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        JsonNode value = raw(field);
        return value != null && !value.isNull();
    }

    /** A string; numbers are accepted and written as text. Empty when absent, null or "". */
    Optional<String> text(String field) {
        JsonNode value = take(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw new JobFileException(pathOf(field), "expected a string, found " + describe(value),
                    "write it as \"text\"");
        }
        String text = value.asText();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A whole number given as a JSON number or as a string of digits (dtle's 2.x jobs quote ports). */
    Optional<Long> number(String field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            throw new JobFileException(pathOf(field), "expected a whole number, found \"" + text.get() + "\"",
                    "write a number such as 3306");
        }
    }

    /** A boolean given as true/false or as the strings "true"/"false". */
    Optional<Boolean> bool(String field) {
        JsonNode value = take(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        if (value.isBoolean() || text.equals("true") || text.equals("false")) {
            return Optional.of(text.equals("true"));
        }
        throw new JobFileException(pathOf(field), "expected true or false, found " + describe(value),
                "write true or false without quotes");
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> strings(String field) {
        JsonNode value = take(field);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isTextual()) {
            result.add(value.asText());
            return result;
        }
        if (!value.isArray()) {
            throw new JobFileException(pathOf(field), "expected a list of strings, found " + describe(value),
                    "write it as [\"a\", \"b\"]");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw new JobFileException(pathOf(field) + "[" + i + "]", "expected a string, found " + describe(item),
                        "write it as \"text\"");
            }
            result.add(item.asText());
        }
        return result;
    }

    Optional<JsonFields> object(String field) {
        JsonNode value = take(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(of(pathOf(field), value));
    }

    /** The objects of an array field; empty when the field is absent or null. */
    List<JsonFields> objects(String field) {
        JsonNode value = take(field);
        List<JsonFields> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            throw new JobFileException(pathOf(field), "expected a list, found " + describe(value),
                    "write it as [ {...}, {...} ]");
        }
        for (int i = 0; i < value.size(); i++) {
            result.add(of(pathOf(field) + "[" + i + "]", value.get(i)));
        }
        return result;
    }

    /** Marks a field as handled without reading it, so it is not reported as unknown. */
    void markRead(String field) {
        take(field);
    }

    /** Fields not read yet, with their JSON paths, in file order. */
    List<String> unreadFields() {
        List<String> unread = new ArrayList<>();
        actualNames.forEach((lower, actual) -> {
            if (!read.contains(lower)) {
                unread.add(actual);
            }
        });
        return unread;
    }

    private JsonNode take(String field) {
        read.add(field.toLowerCase(Locale.ROOT));
        return raw(field);
    }

    private JsonNode raw(String field) {
        String actual = actualNames.get(field.toLowerCase(Locale.ROOT));
        return actual == null ? null : node.get(actual);
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
    }
}
