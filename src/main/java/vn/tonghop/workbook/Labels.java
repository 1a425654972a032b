package vn.tonghop.workbook;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares the labels users type with the labels of the template. Units retype labels in capitals, without
 * diacritics, with Mac-style (NFD) accents or with stray spaces and colons; all of these still name the same item,
 * while a different wording does not. To compare many cells with a few labels, fold each text once with
 * {@link LabelFolds} and compare the folded forms.
 */
public final class Labels {

    private Labels() {
    }

    /** The comparison key of a label: no diacritics (đ becomes d), lower case, single spaces, no trailing colon. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = isPlainAscii(text) ? text : withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFD));
        // đ has no decomposition; Ð (U+00D0) is often typed for Đ by old Vietnamese keyboards
        folded = tidy(folded.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('ð', 'd'));
        return folded.endsWith(":") ? folded.substring(0, folded.length() - 1).stripTrailing() : folded;
    }

    /** Whether a cell's text names the given label. */
    public static boolean matches(String cellText, String label) {
        return cellText != null && label != null && fold(cellText).equals(fold(label));
    }

    /**
     * The text with every run of spacing made one space, no spacing at either end and no invisible characters; null
     * stays null.
     */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder tidied = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpacing(c)) {
                pendingSpace = tidied.length() > 0;
            } else {
                if (pendingSpace) {
                    tidied.append(' ');
                    pendingSpace = false;
                }
                tidied.appendCodePoint(c);
            }
        }
        return (text.contentEquals(tidied) ? text : tidied.toString()).strip();
    }

    /**
     * Whether the text shows nothing: {@code tidy(text).isEmpty()}, without building the tidied text (asked of
     * every cell beside a label of every workbook).
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isInvisible(c) && !isSpacing(c) && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Any spacing: ordinary and non-breaking spaces, tabs, line breaks inside a cell. */
    private static boolean isSpacing(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || Character.isSpaceChar(c);
    }

    /**
     * Characters that show nothing and separate nothing, pasted in from web pages and chat programs: zero-width
     * spaces and joiners, the byte-order mark, soft hyphens and the bidirectional marks. "DV\u200B001" is DV001.
     */
    private static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u061C';
    }

    private static boolean isCombiningMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The text without its combining marks: the accents of a decomposed (NFD) text. */
    private static String withoutMarks(String decomposed) {
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (!isCombiningMark(c)) {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
