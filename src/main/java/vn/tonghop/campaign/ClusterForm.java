package vn.tonghop.campaign;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code cluster-form}: the form whose units study together in clusters and must give a cluster code. Without it
 * no unit's cluster code is read and the consolidated workbook has no cluster sheets, so when a form's name says
 * "cụm" (cluster) the key must name that form, or say {@code none} to declare that no form studies in clusters.
 * Where no form names a cluster, leaving the key out is fine.
 */
final class ClusterForm {

    static final String KEY = "cluster-form";
    static final String NONE = "none";

    /** Words that make a form's name a cluster form's, compared without case or diacritics. */
    private static final Set<String> CLUSTER_WORDS = Set.of("cum", "cluster", "clusters");

    private ClusterForm() {
    }

    /** The campaign's cluster form, spelt as in {@code forms}, or null when there is none. */
    static String of(DefinitionMapping definition, List<String> forms) {
        String declared = definition.optionalText(KEY);
        if (declared == null) {
            Optional<String> clusterLike = forms.stream().filter(ClusterForm::namesACluster).findFirst();
            if (clusterLike.isPresent()) {
                throw definition.problem(KEY, (definition.has(KEY) ? "no value" : "missing") + ", but the form '"
                        + clusterLike.get() + "' studies in clusters: write " + KEY + ": \"" + clusterLike.get()
                        + "\" so that its units give their cluster code, or " + KEY + ": " + NONE
                        + " if no form studies in clusters");
            }
            return null;
        }
        if (forms.contains(declared)) {
            return declared;
        }
        Optional<String> sameWords = forms.stream().filter(form -> fold(form).equals(fold(declared))).findFirst();
        if (sameWords.isPresent()) {
            return sameWords.get();
        }
        if (declared.equalsIgnoreCase(NONE)) {
            return null;
        }
        throw definition.problem(KEY, "'" + declared + "' is not one of forms " + forms + " (write " + KEY + ": "
                + NONE + " if no form studies in clusters)");
    }

    static boolean namesACluster(String form) {
        return Arrays.stream(fold(form).split("[^a-z0-9]+")).anyMatch(CLUSTER_WORDS::contains);
    }

    /** Lower case without diacritics or extra spaces: "Ghép  Cụm" and "ghep cum" fold alike. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim()
                .replaceAll("\\s+", " ");
    }
}
