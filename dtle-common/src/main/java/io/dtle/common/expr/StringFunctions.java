package io.dtle.common.expr;

import java.util.Arrays;

/**
 * MySQL's string functions on non-null arguments. Text is counted in characters (code points), binary
 * strings in bytes. Positions and lengths are read as integers the way MySQL reads them (1.5 is 2).
 */
final class StringFunctions {
    private StringFunctions() {
    }

    /** SUBSTRING(s, pos[, len]): 1-based, negative positions count from the end, position 0 gives ''. */
    static Object substring(Object value, Object position, Object length) {
        long pos = Cast.toInteger(position);
        long len = length == null ? Long.MAX_VALUE : Cast.toInteger(length);
        if (value instanceof byte[] bytes) {
            int[] range = range(bytes.length, pos, len);
            return Arrays.copyOfRange(bytes, range[0], range[1]);
        }
        String text = Values.toText(value);
        int count = text.codePointCount(0, text.length());
        int[] range = range(count, pos, len);
        return text.substring(text.offsetByCodePoints(0, range[0]), text.offsetByCodePoints(0, range[1]));
    }

    private static int[] range(int count, long pos, long len) {
        long start = pos > 0 ? pos - 1 : count + pos;
        if (pos == 0 || start < 0 || start >= count || len <= 0) {
            return new int[] {0, 0};
        }
        long end = Math.min(count, start + Math.min(len, count));
        return new int[] {(int) start, (int) end};
    }

    static Object lower(Object value) {
        return value instanceof byte[] ? value : mapCase(Values.toText(value), false);
    }

    static Object upper(Object value) {
        return value instanceof byte[] ? value : mapCase(Values.toText(value), true);
    }

    /** One code point to one code point, as MySQL maps case ('ß' stays 'ß'). */
    private static String mapCase(String text, boolean upper) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(upper ? Character.toUpperCase(c) : Character.toLowerCase(c)));
        return out.toString();
    }

    /** LENGTH: bytes, in utf8mb4 for text. */
    static Object length(Object value) {
        if (value instanceof byte[] bytes) {
            return (long) bytes.length;
        }
        String text = Values.toText(value);
        long bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    /** CHAR_LENGTH: characters (bytes for a binary string). */
    static Object charLength(Object value) {
        if (value instanceof byte[] bytes) {
            return (long) bytes.length;
        }
        String text = Values.toText(value);
        return (long) text.codePointCount(0, text.length());
    }

    /** TRIM([BOTH | LEADING | TRAILING] [remove] FROM s): removes repeats of {@code remove}, matched exactly. */
    static Object trim(Object value, Object remove, boolean leading, boolean trailing) {
        if (value instanceof byte[] || remove instanceof byte[]) {
            String text = new String(Values.toBytes(value), java.nio.charset.StandardCharsets.ISO_8859_1);
            String cut = new String(Values.toBytes(remove), java.nio.charset.StandardCharsets.ISO_8859_1);
            return trim(text, cut, leading, trailing).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return trim(Values.toText(value), Values.toText(remove), leading, trailing);
    }

    private static String trim(String text, String remove, boolean leading, boolean trailing) {
        if (remove.isEmpty()) {
            return text;
        }
        int start = 0;
        int end = text.length();
        while (leading && text.startsWith(remove, start) && start + remove.length() <= end) {
            start += remove.length();
        }
        while (trailing && end - remove.length() >= start && text.startsWith(remove, end - remove.length())) {
            end -= remove.length();
        }
        return text.substring(start, end);
    }
}
