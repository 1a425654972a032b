package vn.tonghop.campaign;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the registry unit a file's name speaks of ({@code DV053-Dang-uy.xlsx}, {@code bao cao dv053.xls},
 * {@code DV053/bao-cao.xlsx}), for a file whose content gave no unit code: an unreadable file, or one without the
 * template's labels, can then be sent back to its unit. A code counts only as a whole word of the name (not followed
 * or preceded by a letter or digit); when several codes do, the longest wins, and a tie means no answer.
 */
public final class UnitCodeInFileName {

    private UnitCodeInFileName() {
    }

    public static Optional<String> find(String fileName, Collection<String> codes) {
        String name = fileName.toUpperCase(Locale.ROOT);
        String best = null;
        boolean tie = false;
        for (String code : codes) {
            if (code.isBlank() || !containsAsWord(name, code.toUpperCase(Locale.ROOT))) {
                continue;
            }
            if (best == null || code.length() > best.length()) {
                best = code;
                tie = false;
            } else if (code.length() == best.length()) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static boolean containsAsWord(String name, String code) {
        for (int at = name.indexOf(code); at >= 0; at = name.indexOf(code, at + 1)) {
            int end = at + code.length();
            if ((at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1)))
                    && (end == name.length() || !Character.isLetterOrDigit(name.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
