package vn.tonghop.job;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.rules.Issue;
import vn.tonghop.rules.Severity;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.WorkbookChecker;

/** Step 2's processing: one workbook read and checked; never null, a bad file becomes issues. */
class WorkbookCheckProcessor implements ItemProcessor<SourceFile, CheckedFile> {

    private static final Logger log = LoggerFactory.getLogger(WorkbookCheckProcessor.class);

    private final WorkbookChecker checker;
    private final Campaign campaign;

    WorkbookCheckProcessor(WorkbookChecker checker, Campaign campaign) {
        this.checker = checker;
        this.campaign = campaign;
    }

    @Override
    public CheckedFile process(SourceFile file) {
        CheckResult result = checker.check(file.path(), file.name(), campaign);
        logRejection(file, result);
        return new CheckedFile(file, result);
    }

    /** One line per rejected file naming its first error's cell; the exception report lists them all. */
    private static void logRejection(SourceFile file, CheckResult result) {
        List<Issue> errors = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return;
        }
        log.warn("{}: rejected, {}{}", file.name(), describe(errors.get(0)),
                errors.size() == 1 ? "" : " and " + (errors.size() - 1) + " more error(s)");
    }

    static String describe(Issue issue) {
        StringBuilder text = new StringBuilder(issue.code().name());
        if (issue.location() != null) {
            text.append(" at ").append(issue.location());
        }
        if (issue.subject() != null) {
            text.append(" (").append(issue.subject()).append(')');
        }
        if (issue.found() != null) {
            text.append(", found ").append(issue.found());
        }
        if (issue.expected() != null) {
            text.append(", expected ").append(issue.expected());
        }
        return text.toString();
    }
}
