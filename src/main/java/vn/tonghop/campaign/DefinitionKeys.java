package vn.tonghop.campaign;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a job.yml may hold, in one place: a key not listed here is a mistake reported with the closest known key.
 * A new key is one more line in {@link #TOP_LEVEL} (or {@link #GROUP}); listing a key is enough for definitions that
 * use it to pass, whether or not anything reads it yet.
 */
final class DefinitionKeys {

    static final Set<String> TOP_LEVEL = Set.of(
            "id",
            "title",
            "organisation",
            "period",
            "as-of",
            "deadline",
            "units",
            "groups",
            "forms",
            "cluster-form",
            "low-rate-warning",
            "schedule",
            "report",
            "aliases",
            "limits");

    /** Keys of one entry of {@code groups:}. */
    static final Set<String> GROUP = Set.of(
            "key",
            "name",
            "total-label",
            "attended-label");

    private DefinitionKeys() {
    }

    /**
     * The known key a misspelt one most likely meant: the fewest single-character edits, ignoring case, '_' for '-'
     * and spaces, and only when the edits are few for the key's length (a wholly different word gets no suggestion).
     */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String typed = canonical(unknown);
        int allowed = typed.length() <= 4 ? 1 : Math.max(2, typed.length() / 3);
        return known.stream()
                .filter(key -> editDistance(typed, canonical(key)) <= allowed)
                .min(Comparator.comparingInt((String key) -> editDistance(typed, canonical(key)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String canonical(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /**
     * Edits from one text to the other: inserting, deleting or replacing a character, or swapping two neighbours
     * ("nmae" is one edit from "name"), each edit counting one.
     */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int replace = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(replace, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
