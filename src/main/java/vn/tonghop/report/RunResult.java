package vn.tonghop.report;

import java.time.Instant;
import java.util.List;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.rules.Issue;

/**
 * What the writers of a run's outputs receive.
 *
 * @param issues every issue of the run, errors first, then by unit, file and cell
 */
public record RunResult(Campaign campaign, String runId, Instant startedAt, FileCounts files,
                        Consolidation consolidation, List<Issue> issues) {

    public RunResult {
        issues = List.copyOf(issues);
    }
}
