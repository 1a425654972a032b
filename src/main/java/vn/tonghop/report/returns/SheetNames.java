package vn.tonghop.report.returns;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Hands out sheet names that Excel accepts and that are unique in the workbook as Excel compares them (ignoring
 * case): the wanted name made valid and cut to 31 characters, with " (2)", " (3)"… added when it is taken.
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    String claim(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted.strip());
        String name = base;
        for (int n = 2; !taken.add(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).stripTrailing() + suffix;
        }
        return name;
    }

    /** Gives a name back, e.g. when the sheet that had it was removed again. */
    void release(String name) {
        taken.remove(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The name as a reference in a formula or a hyperlink: always quoted, quotes doubled. */
    static String reference(String sheet, String cell) {
        return "'" + sheet.replace("'", "''") + "'!" + cell;
    }
}
