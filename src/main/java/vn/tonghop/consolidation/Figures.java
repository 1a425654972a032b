package vn.tonghop.consolidation;

import java.util.List;

/**
 * The consolidated figures of a set of units: all of them, one form, one cluster, the pilot units or a single unit.
 *
 * @param unitsReported units of the set with an accepted submission
 * @param unitsExpected units of the set in the registry
 * @param sessions      distinct sessions (a cluster's joint session counts once)
 * @param attendees     the sum of all groups' attendees
 */
public record Figures(int unitsReported, int unitsExpected, long sessions, long attendees, List<GroupFigures> groups) {

    public Figures {
        groups = List.copyOf(groups);
    }
}
