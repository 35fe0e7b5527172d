package io.dtle.translator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces every password in a JSON tree or a connector config with "*", as dtle's API shows them. */
final class PasswordMask {
    static final String MASK = "*";

    private PasswordMask() {
    }

    /** Masks, in place, every field whose name contains "password" (any case) at any depth. */
    static JsonNode mask(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (isSecret(name) && object.get(name).isValueNode()) {
                    object.put(name, MASK);
                } else {
                    mask(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(PasswordMask::mask);
        }
        return node;
    }

    static Map<String, String> mask(Map<String, String> config) {
        config.replaceAll((key, value) -> isSecret(key) ? MASK : value);
        return config;
    }

    private static boolean isSecret(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).contains("password");
    }
}
