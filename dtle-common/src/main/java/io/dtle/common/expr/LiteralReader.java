package io.dtle.common.expr;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Turns the text of MySQL literals into values: integers, decimals, doubles and strings with escapes. */
final class LiteralReader {
    private LiteralReader() {
    }

    /** An integer literal: BIGINT when it fits, else (like MySQL's big literals) an exact DECIMAL. */
    static Object integer(String digits) {
        BigInteger value = new BigInteger(digits);
        return value.bitLength() < 64 ? (Object) value.longValue() : new BigDecimal(value);
    }

    /** 1.5 and .5 are DECIMAL in MySQL; 1.5e3 is DOUBLE. */
    static Object decimalOrDouble(String text) {
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Double.parseDouble(text);
        }
        BigDecimal value = new BigDecimal(text);
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * The value of a string literal from its text between the quotes: doubled quotes and MySQL's backslash
     * escapes (\0 \b \n \r \t \Z \\ \' \"; \% and \_ keep their backslash for LIKE; any other \x is x).
     */
    static String unescape(String body, char quote) {
        if (body.indexOf('\\') < 0 && body.indexOf(quote) < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == quote && i + 1 < body.length() && body.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                switch (next) {
                    case '0' -> out.append('\0');
                    case 'b' -> out.append('\b');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'Z' -> out.append('\u001A');
                    case '%', '_' -> out.append('\\').append(next);
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
