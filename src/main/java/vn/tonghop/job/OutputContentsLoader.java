package vn.tonghop.job;

import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.report.RunHeadline;
import vn.tonghop.report.OutputContents;
import vn.tonghop.vocabulary.Severity;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.IssueStore;
import vn.tonghop.staging.ResultStore;

/** Assembles what the outputs of a run show from the staging tables. */
@Component
public class OutputContentsLoader {

    private final FileLedger ledger;
    private final IssueStore issues;
    private final ResultStore results;

    public OutputContentsLoader(FileLedger ledger, IssueStore issues, ResultStore results) {
        this.ledger = ledger;
        this.issues = issues;
        this.results = results;
    }

    public OutputContents load(Campaign campaign, String runId, Instant startedAt) {
        FileLedger.Listed files = ledger.listed(runId);
        return new OutputContents(campaign, runId, startedAt, ledger.counts(runId), results.load(runId),
                issues.all(runId), files.paths(), files.otherDocuments());
    }

    /** The end-of-run lines only: the overall figures and counts, not every unit's line and issue. */
    public RunHeadline headline(Campaign campaign, String runId) {
        Map<Severity, Long> bySeverity = issues.countsBySeverity(runId);
        Figures overall = results.overallFigures(runId)
                .orElseThrow(() -> new IllegalStateException("run " + runId + " has not been consolidated"));
        return new RunHeadline(campaign, overall, ledger.counts(runId), bySeverity.getOrDefault(Severity.ERROR, 0L),
                bySeverity.getOrDefault(Severity.WARNING, 0L));
    }
}
