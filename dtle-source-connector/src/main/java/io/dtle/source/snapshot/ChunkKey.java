package io.dtle.source.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The key values after which the next chunk starts, as text for the source offset: each value is {@code ~} for
 * NULL or its length, a colon and the text ({@code 2:10} {@code 3:abc}), concatenated. A keyless table's chunk
 * position is one value: the number of rows copied.
 */
public final class ChunkKey {
    private ChunkKey() {
    }

    public static String encode(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            if (value == null) {
                text.append('~');
            } else {
                text.append(value.length()).append(':').append(value);
            }
        }
        return text.toString();
    }

    public static List<String> decode(String text) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '~') {
                values.add(null);
                i++;
                continue;
            }
            int colon = text.indexOf(':', i);
            int length = Integer.parseInt(text.substring(i, colon));
            values.add(text.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return values;
    }
}
