package vn.tonghop.report.layout;

/**
 * Texts as every output writes them into a cell. A cell holds at most 32,767 characters (Excel refuses to open more,
 * and POI throws), while a unit's name or note, or a message quoting it, may be longer: it is cut, with an
 * ellipsis, at a whole character. Texts are always written as text cells, never as formulas, so a unit name typed
 * as {@code =HYPERLINK(...)} or {@code @SUM(...)} stays a text in every output.
 */
public final class CellTexts {

    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL_TEXT = 32_767;

    private CellTexts() {
    }

    /** The text, cut to fit a cell when it is longer; null stays null. */
    public static String fit(String text) {
        if (text == null || text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
