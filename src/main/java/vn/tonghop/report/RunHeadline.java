package vn.tonghop.report;

import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.Severity;

/**
 * What the console shows at the end of a run: the overall figures, the file counts and how many issues, without
 * every unit's line or every issue (at tens of thousands of units, loading those again cost seconds).
 */
public record RunHeadline(Campaign campaign, Figures overall, FileCounts files, long errors, long warnings) {

    public static RunHeadline of(OutputContents result) {
        long errors = result.issues().stream().filter(issue -> issue.severity() == Severity.ERROR).count();
        return new RunHeadline(result.campaign(), result.consolidation().overall(), result.files(), errors,
                result.issues().size() - errors);
    }
}
