package io.dtle.translator.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The transform chain of one connector, in order, written as Connect's transforms.* keys. */
final class Transforms {
    private final List<String> aliases = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    void add(String alias, String type, Map<String, String> properties) {
        aliases.add(alias);
        settings.put(TransformKeys.key(alias, "type"), type);
        properties.forEach((k, v) -> settings.put(TransformKeys.key(alias, k), v));
    }

    void putInto(Map<String, String> config) {
        if (!aliases.isEmpty()) {
            config.put(TransformKeys.TRANSFORMS, String.join(",", aliases));
            config.putAll(settings);
        }
    }
}
