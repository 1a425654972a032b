package vn.tonghop.consolidation;

import java.util.List;

/** A cluster of units that studied together: its figures and its member units. */
public record ClusterFigures(String code, Figures figures, List<UnitLine> members) {

    public ClusterFigures {
        members = List.copyOf(members);
    }
}
