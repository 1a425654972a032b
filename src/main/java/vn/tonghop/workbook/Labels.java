package vn.tonghop.workbook;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares the labels users type with the labels of the template. Units retype labels in capitals, without
 * diacritics, with Mac-style (NFD) accents or with stray spaces and colons; all of these still name the same item,
 * while a different wording does not.
 */
public final class Labels {

    /** Any run of spacing: ordinary and non-breaking spaces, tabs, line breaks inside a cell, zero-width spaces. */
    private static final Pattern SPACING = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Labels() {
    }

    /** The comparison key of a label: no diacritics (đ becomes d), lower case, single spaces, no trailing colon. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // đ has no decomposition; Ð (U+00D0) is often typed for Đ by old Vietnamese keyboards
        folded = folded.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('ð', 'd');
        folded = tidy(folded);
        if (folded.endsWith(":")) {
            folded = folded.substring(0, folded.length() - 1).stripTrailing();
        }
        return folded;
    }

    /** Whether a cell's text names the given label. */
    public static boolean matches(String cellText, String label) {
        return cellText != null && label != null && fold(cellText).equals(fold(label));
    }

    /** The text with every run of spacing made one space and no spacing at either end; null stays null. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        return SPACING.matcher(text).replaceAll(" ").strip();
    }
}
