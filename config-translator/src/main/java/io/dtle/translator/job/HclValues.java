package io.dtle.translator.job;

import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** hcl4j's values as JSON values, with whole numbers as integers: hcl4j reads every number as a double. */
final class HclValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Above this a double no longer holds every whole number exactly. */
    private static final double EXACT_LIMIT = 9_007_199_254_740_992d;

    private HclValues() {
    }

    static JsonNode toJson(Object value, String path) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), toJson(item, path + "." + key)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : list) {
                array.add(toJson(item, path + "[" + array.size() + "]"));
            }
            return array;
        }
        if (value instanceof Symbol symbol) {
            // hcl4j leaves what it cannot evaluate (a bare word, an unknown variable) as a syntax symbol.
            throw new JobFileException(path, "\"" + symbol.getName() + "\" on line " + (symbol.getLine() + 1)
                    + " is not a value", "write a string in quotes, a number, true or false");
        }
        throw new JobFileException(path, "unsupported HCL value " + describe(value),
                "write a string in quotes, a number, true or false, a list [...] or a block { ... }");
    }

    private static JsonNode number(Number number) {
        double value = number.doubleValue();
        if ((number instanceof Double || number instanceof Float) && value == Math.rint(value)
                && Math.abs(value) < EXACT_LIMIT) {
            return NODES.numberNode((long) value);
        }
        if (number instanceof Double || number instanceof Float) {
            return NODES.numberNode(value);
        }
        return NODES.numberNode(new BigDecimal(number.toString()));
    }

    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a block";
        }
        return value instanceof Symbol symbol ? "\"" + symbol.getName() + "\"" : String.valueOf(value);
    }
}
