package io.dtle.common.expr;

import java.text.Normalizer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Primary collation weights of utf8mb4_0900_ai_ci, the MySQL 8.0 default collation: equal weights mean
 * equal characters ("a" = "A" = "á"), and weight order is the collation's sort order (punctuation, then
 * digits, then letters). An empty weight list marks a character the collation ignores.
 *
 * <p>U+0000 to U+024F (Latin, Latin-1, Latin Extended-A and -B) come straight from MySQL 8.0.33's
 * {@code WEIGHT_STRING()}. Other characters are derived: compatibility decomposition back into that range
 * ("ấ" is "a", "Ａ" is "A"), combining marks ignored, everything else folded to one case and ordered by
 * code point after all Latin letters, the way the Unicode collation algorithm orders characters without
 * explicit weights. That keeps equality right for case and accents in any script; only the relative order
 * of non-Latin scripts can differ from MySQL.
 */
final class Utf8mb4Weights {
    private static final int TABLE_END = 0x250;
    private static final String LATIN = ""
            + ",,,,,,,,,0201,0202,0203,0204,0205,,,"
            + ",,,,,,,,,,,,,,,,"
            + "0209,0260,030C,0398,1C12,0399,0396,0305,0317,0318,038F,0616,0222,020D,0277,0394,"
            + "1C3D,1C3E,1C3F,1C40,1C41,1C42,1C43,1C44,1C45,1C46,0239,0234,061A,061B,061C,0266,"
            + "038E,1C47,1C60,1C7A,1C8F,1CAA,1CE5,1CF4,1D18,1D32,1D4C,1D65,1D77,1DAA,1DB9,1DDD,"
            + "1E0C,1E21,1E33,1E71,1E95,1EB5,1EE3,1EF5,1EFF,1F0B,1F21,0319,0395,031A,0485,020B,"
            + "0482,1C47,1C60,1C7A,1C8F,1CAA,1CE5,1CF4,1D18,1D32,1D4C,1D65,1D77,1DAA,1DB9,1DDD,"
            + "1E0C,1E21,1E33,1E71,1E95,1EB5,1EE3,1EF5,1EFF,1F0B,1F21,031B,061E,031C,0620,,"
            + ",,,,,0206,,,,,,,,,,,"
            + ",,,,,,,,,,,,,,,,"
            + "0209,0261,1C11,1C13,1C10,1C14,061F,0389,0489,0584,1C47,0315,061D,,0585,0486,"
            + "04F6,0617,1C3F,1C40,0483,1FCB,038B,028B,048C,1C3E,1DDD,0316,1C3E06261C41,1C3E06261C3F,1C4006261C41,0267,"
            + "1C47,1C47,1C47,1C47,1C47,1C47,1C471CAA,1C7A,1CAA,1CAA,1CAA,1CAA,1D32,1D32,1D32,1D32,"
            + "1C8F,1DB9,1DDD,1DDD,1DDD,1DDD,1DDD,0619,1DDD,1EB5,1EB5,1EB5,1EB5,1F0B,1F50,1E711E71,"
            + "1C47,1C47,1C47,1C47,1C47,1C47,1C471CAA,1C7A,1CAA,1CAA,1CAA,1CAA,1D32,1D32,1D32,1D32,"
            + "1C8F,1DB9,1DDD,1DDD,1DDD,1DDD,1DDD,0618,1DDD,1EB5,1EB5,1EB5,1EB5,1F0B,1F50,1F0B,"
            + "1C47,1C47,1C47,1C47,1C47,1C47,1C7A,1C7A,1C7A,1C7A,1C7A,1C7A,1C7A,1C7A,1C8F,1C8F,"
            + "1C8F,1C8F,1CAA,1CAA,1CAA,1CAA,1CAA,1CAA,1CAA,1CAA,1CAA,1CAA,1CF4,1CF4,1CF4,1CF4,"
            + "1CF4,1CF4,1CF4,1CF4,1D18,1D18,1D18,1D18,1D32,1D32,1D32,1D32,1D32,1D32,1D32,1D32,"
            + "1D32,1D36,1D321D4C,1D321D4C,1D4C,1D4C,1D65,1D65,1E2F,1D77,1D77,1D77,1D77,1D77,1D77,1D77,"
            + "1D77,1D77,1D77,1DB9,1DB9,1DB9,1DB9,1DB9,1DB9,1F7E1DB9,1DD8,1DD8,1DDD,1DDD,1DDD,1DDD,"
            + "1DDD,1DDD,1DDD1CAA,1DDD1CAA,1E33,1E33,1E33,1E33,1E33,1E33,1E71,1E71,1E71,1E71,1E71,1E71,"
            + "1E71,1E71,1E95,1E95,1E95,1E95,1E9A,1E9A,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,"
            + "1EB5,1EB5,1EB5,1EB5,1EF5,1EF5,1F0B,1F0B,1F0B,1F21,1F21,1F21,1F21,1F21,1F21,1E71,"
            + "1C68,1C71,1C75,1C75,1F71,1F71,1DF0,1C85,1C85,1C97,1C9B,1CA0,1CA0,1F211EF5,1CB8,1CBD,"
            + "1CC2,1CEE,1CEE,1D06,1D10,1D20,1D47,1D41,1D6B,1D6B,1D82,1DA2,1ED4,1DC4,1DC8,1DFD,"
            + "1DDD,1DDD,1D14,1D14,1E15,1E15,1E38,1F69,1F69,1E82,1E88,1EA0,1EA4,1EA4,1EA8,1EB5,"
            + "1EB5,1EDE,1EEA,1F17,1F17,1F26,1F26,1F3E,1F43,1F43,1F48,1F62,1F6D,1F6D,1E951E71,1F56,"
            + "1F99,1F9D,1FA1,1FA5,1C8F1F21,1C8F1F21,1C8F1F21,1D771D4C,1D771D4C,1D771D4C,1DB91D4C,1DB91D4C,1DB91D4C,1C47,1C47,1D32,"
            + "1D32,1DDD,1DDD,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1EB5,1CB8,1C47,1C47,"
            + "1C47,1C47,1C471CAA,1C471CAA,1D01,1D01,1CF4,1CF4,1D65,1D65,1DDD,1DDD,1DDD,1DDD,1F3E,1F3E,"
            + "1D4C,1C8F1F21,1C8F1F21,1C8F1F21,1CF4,1CF4,1D20,1F56,1DB9,1DB9,1C47,1C47,1C471CAA,1C471CAA,1DDD,1DDD,"
            + "1C47,1C47,1C47,1C47,1CAA,1CAA,1CAA,1CAA,1D32,1D32,1D32,1D32,1DDD,1DDD,1DDD,1DDD,"
            + "1E33,1E33,1E33,1E33,1EB5,1EB5,1EB5,1EB5,1E71,1E71,1E95,1E95,1F1D,1F1D,1D18,1D18,"
            + "1DC8,1CA4,1E07,1E07,1F2C,1F2C,1C47,1C47,1CAA,1CAA,1DDD,1DDD,1DDD,1DDD,1DDD,1DDD,"
            + "1DDD,1DDD,1F0B,1F0B,1D98,1DD2,1EAC,1D50,1C8F1C60,1E211E0C,1C4C,1C7F,1C7F,1D82,1E9E,1E7C,"
            + "1F38,1F79,1F79,1C68,1EC0,1EF1,1CB1,1CB1,1D55,1D55,1E2B,1E2B,1E3F,1E3F,1F13,1F13";
    private static final char[][] TABLE = table();
    private static final char[] NONE = new char[0];
    /** Derived weights of the rest of the BMP, filled on first use; two threads racing store equal arrays. */
    private static final AtomicReferenceArray<char[]> DERIVED = new AtomicReferenceArray<>(0x10000 - TABLE_END);

    private Utf8mb4Weights() {
    }

    /** The weights of one code point; the returned array must not be changed. */
    static char[] of(int codePoint) {
        if (codePoint < TABLE_END) {
            return TABLE[codePoint];
        }
        if (codePoint > 0xFFFF) {
            return derive(codePoint);
        }
        char[] weights = DERIVED.get(codePoint - TABLE_END);
        if (weights == null) {
            weights = derive(codePoint);
            DERIVED.set(codePoint - TABLE_END, weights);
        }
        return weights;
    }

    private static char[] derive(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return NONE;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int part = decomposed.codePointAt(i);
            i += Character.charCount(part);
            if (part < TABLE_END) {
                weights.append(TABLE[part]);
            } else if (Character.getType(part) != Character.NON_SPACING_MARK) {
                weights.append(implicit(part));
            }
        }
        return weights.toString().toCharArray();
    }

    /** The Unicode collation algorithm's implicit weights, computed on the case-folded code point. */
    private static char[] implicit(int codePoint) {
        int folded = Character.toLowerCase(Character.toUpperCase(codePoint));
        return new char[] {(char) (0xFBC0 + (folded >>> 15)), (char) ((folded & 0x7FFF) | 0x8000)};
    }

    private static char[][] table() {
        String[] entries = LATIN.split(",", -1);
        if (entries.length != TABLE_END) {
            throw new IllegalStateException("weight table has " + entries.length + " entries");
        }
        char[][] table = new char[TABLE_END][];
        for (int cp = 0; cp < TABLE_END; cp++) {
            String hex = entries[cp];
            char[] weights = new char[hex.length() / 4];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (char) Integer.parseInt(hex, i * 4, i * 4 + 4, 16);
            }
            table[cp] = weights;
        }
        return table;
    }
}
