package vn.tonghop.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds texts for label comparison ({@link Labels#fold}) once per distinct text: finding a submission's labels
 * compares every cell with every label, and the same few texts recur in every row. Bounded, and not thread-safe:
 * use one per workbook being checked.
 */
public final class LabelFolds {

    /** Far more distinct texts than a submission sheet holds; a larger workbook starts over rather than grow. */
    private static final int MAX_TEXTS = 4_096;

    private final Map<String, String> folded = new HashMap<>();

    public String fold(String text) {
        if (text == null) {
            return "";
        }
        String known = folded.get(text);
        if (known != null) {
            return known;
        }
        if (folded.size() >= MAX_TEXTS) {
            folded.clear();
        }
        String fold = Labels.fold(text);
        folded.put(text, fold);
        return fold;
    }

    /** Whether a cell's text names the given label; {@link Labels#matches}, folding each text at most once. */
    public boolean matches(String cellText, String label) {
        return cellText != null && label != null && fold(cellText).equals(fold(label));
    }
}
