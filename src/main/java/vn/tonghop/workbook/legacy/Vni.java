package vn.tonghop.workbook.legacy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * VNI (the VNI-Times, VNI-Helve... fonts): a vowel is its Latin base letter followed by one Latin-1 character that
 * carries its diacritics (circumflex, breve, the tone, or both); a few letters (đ, ơ, ư and some forms of i and y)
 * have a character of their own. Both cases have codes.
 */
final class Vni {

    /** Tone marks in the order none, grave, acute, hook above, tilde, dot below. */
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    /** The character written after a base vowel for each tone alone (lower case; upper case below). */
    private static final String TONE_CODES = " øùûõï";
    /** Circumflex with each tone: â, ầ, ấ, ẩ, ẫ, ậ. */
    private static final String CIRCUMFLEX_CODES = "âàáåãä";
    /** Breve with each tone: ă, ằ, ắ, ẳ, ẵ, ặ. */
    private static final String BREVE_CODES = "êèéúüë";
    /** i with each tone: i, ì, í, ỉ, ĩ, ị (single characters). */
    private static final String I_CODES = "iìíæóò";

    private static final Map<String, String> TO_UNICODE = new HashMap<>();
    private static final Map<String, String> FROM_UNICODE = new HashMap<>();

    static {
        for (int tone = 0; tone < TONES.length; tone++) {
            for (boolean upper : new boolean[] {false, true}) {
                String toneCode = tone == 0 ? "" : String.valueOf(TONE_CODES.charAt(tone));
                for (String base : new String[] {"a", "e", "o", "u", "y"}) {
                    add(base, TONES[tone], base + toneCode, upper);
                }
                add("a", "\u0302" + TONES[tone], "a" + CIRCUMFLEX_CODES.charAt(tone), upper);
                add("e", "\u0302" + TONES[tone], "e" + CIRCUMFLEX_CODES.charAt(tone), upper);
                add("o", "\u0302" + TONES[tone], "o" + CIRCUMFLEX_CODES.charAt(tone), upper);
                add("a", "\u0306" + TONES[tone], "a" + BREVE_CODES.charAt(tone), upper);
                add("o", "\u031B" + TONES[tone], "ô" + toneCode, upper);
                add("u", "\u031B" + TONES[tone], "ö" + toneCode, upper);
                add("i", TONES[tone], String.valueOf(I_CODES.charAt(tone)), upper);
            }
        }
        // ỵ has a character of its own instead of y followed by the dot below
        add("y", "\u0323", "î", false);
        add("y", "\u0323", "î", true);
        add("đ", "", "ñ", false);
        add("đ", "", "ñ", true);
    }

    private static void add(String base, String marks, String code, boolean upper) {
        String letter = Normalizer.normalize(base + marks, Normalizer.Form.NFC);
        if (upper) {
            letter = letter.toUpperCase(Locale.ROOT);
            code = code.toUpperCase(Locale.ROOT);
        }
        FROM_UNICODE.put(letter, code);
        if (!code.equals(letter)) {
            TO_UNICODE.put(code, letter);
        }
    }

    private Vni() {
    }

    /** Whether the character is a diacritic code that Unicode Vietnamese text never has after a vowel. */
    static boolean isMarkAfterVowel(char previous, char c) {
        return "aeouyôöAEOUYÔÖ".indexOf(previous) >= 0 && "øûïäåëüØÛÏÄÅËÜ".indexOf(c) >= 0
                && TO_UNICODE.containsKey("" + previous + c);
    }

    static String toUnicode(String text) {
        StringBuilder unicode = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String pair = i + 1 < text.length() ? text.substring(i, i + 2) : null;
            if (pair != null && TO_UNICODE.containsKey(pair)) {
                unicode.append(TO_UNICODE.get(pair));
                i += 2;
            } else {
                String single = text.substring(i, i + 1);
                unicode.append(TO_UNICODE.getOrDefault(single, single));
                i++;
            }
        }
        return unicode.toString();
    }

    static String fromUnicode(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder legacy = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            String letter = composed.substring(i, i + 1);
            legacy.append(FROM_UNICODE.getOrDefault(letter, letter));
        }
        return legacy.toString();
    }
}
