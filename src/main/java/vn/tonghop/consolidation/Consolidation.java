package vn.tonghop.consolidation;

import java.util.List;
import java.util.Map;

/**
 * Everything the outputs show about the figures of a run.
 *
 * @param byForm   figures per form, in the campaign's order of forms (forms without units included)
 * @param pilot    figures of the registry's pilot units
 * @param clusters one entry per cluster code, ordered by code
 * @param units    one line per registry unit, in registry order
 */
public record Consolidation(Figures overall, Map<String, Figures> byForm, Figures pilot,
                            List<ClusterFigures> clusters, List<UnitLine> units) {

    public Consolidation {
        byForm = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byForm));
        clusters = List.copyOf(clusters);
        units = List.copyOf(units);
    }
}
