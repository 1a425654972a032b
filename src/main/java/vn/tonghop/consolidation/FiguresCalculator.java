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

    Figures of(Collection<Submission> submissions, int unitsExpected) {
        Set<String> sessions = new HashSet<>();
        for (Submission submission : submissions) {
            for (SessionRow row : submission.sessions()) {
                sessions.add(Sessions.key(submission.unitCode(), row));
            }
        }
        List<GroupFigures> groupFigures = new ArrayList<>();
        long attendees = 0;
        for (ParticipantGroup group : groups) {
            long attended = submissions.stream().mapToLong(s -> s.attended(group.key())).sum();
            long total = submissions.stream().mapToLong(s -> s.membership().getOrDefault(group.key(), 0L)).sum();
            groupFigures.add(new GroupFigures(group.key(), group.name(), attended, total,
                    Rates.percent(attended, total)));
            attendees += attended;
        }
        return new Figures(submissions.size(), unitsExpected, sessions.size(), attendees, groupFigures);
    }
}
