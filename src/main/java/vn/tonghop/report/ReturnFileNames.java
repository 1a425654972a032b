package vn.tonghop.report;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of a run's return workbooks, one per recipient: ASCII letters, digits, '.', '_' and '-' only, so links
 * work in every Excel and mail program; never empty or hidden (a code in other scripts folds to nothing, which
 * would make {@code tra-lai/.xlsx}); short enough for every file system; and distinct, even ignoring case, so that
 * no workbook overwrites another. One instance per run.
 */
final class ReturnFileNames {

    /** Well below the 255 bytes of a file name, leaving room for the counter and the extension. */
    static final int MAX_BASE_LENGTH = 80;
    /** The name of a recipient whose name keeps no letter or digit. */
    static final String FALLBACK = "tep";

    private final Set<String> claimed = new HashSet<>();

    /** The file name, with {@code .xlsx}, of the recipient's workbook; each call gives a name not given before. */
    String claim(String recipient) {
        String base = base(recipient);
        String name = base;
        for (int n = 2; !claimed.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + ".xlsx";
    }

    static String base(String recipient) {
        String folded = Normalizer.normalize(recipient.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        int dot = folded.lastIndexOf('.');
        String base = dot > 0 && folded.substring(dot).matches("\\.(?i)xlsx|\\.(?i)xlsm|\\.(?i)xls")
                ? folded.substring(0, dot) : folded;
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^[-.]+|-+$)", "");
        if (base.length() > MAX_BASE_LENGTH) {
            base = base.substring(0, MAX_BASE_LENGTH).replaceAll("[-.]+$", "");
        }
        return base.isEmpty() ? FALLBACK : base;
    }
}
