package vn.tonghop.consolidation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;
import vn.tonghop.vocabulary.Rates;

/** Adds up submissions into {@link Figures}; the same arithmetic serves the whole campaign, a form, a unit. */
final class FiguresCalculator {

    private final List<ParticipantGroup> groups;

    FiguresCalculator(List<ParticipantGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    /**
     * One pass over the submissions: this runs for the campaign, each form, cluster and pilot set, and once per
     * unit, so at tens of thousands of units a stream per group and figure was most of the consolidation.
     */
    Figures of(Collection<Submission> submissions, int unitsExpected) {
        long[] attended = new long[groups.size()];
        long[] total = new long[groups.size()];
        Set<String> sessions = new HashSet<>();
        for (Submission submission : submissions) {
            for (SessionRow row : submission.sessions()) {
                sessions.add(Sessions.key(submission.unitCode(), row));
                for (int g = 0; g < attended.length; g++) {
                    attended[g] += row.attended().getOrDefault(groups.get(g).key(), 0L);
                }
            }
            for (int g = 0; g < total.length; g++) {
                total[g] += submission.membership().getOrDefault(groups.get(g).key(), 0L);
            }
        }
        List<GroupFigures> groupFigures = new ArrayList<>(groups.size());
        long attendees = 0;
        for (int g = 0; g < groups.size(); g++) {
            ParticipantGroup group = groups.get(g);
            groupFigures.add(new GroupFigures(group.key(), group.name(), attended[g], total[g],
                    Rates.percent(attended[g], total[g])));
            attendees += attended[g];
        }
        return new Figures(submissions.size(), unitsExpected, sessions.size(), attendees, groupFigures);
    }
}
