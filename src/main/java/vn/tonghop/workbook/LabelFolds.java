package vn.tonghop.workbook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds texts for label comparison ({@link Labels#fold}) once per distinct text: finding a submission's labels
 * compares every cell with every label, and the template's texts recur in every row of every workbook. Bounded and
 * thread-safe: one instance serves every workbook a run checks, on every check thread.
 */
public final class LabelFolds {

    /** Far more distinct texts than the template and a few workbooks hold; past it, the cache starts over. */
    private static final int MAX_TEXTS = 16_384;

    private final Map<String, String> folded = new ConcurrentHashMap<>();

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
}
