package vn.tonghop.job;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.UnitCodeInFileName;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Severity;

/**
 * Step 2's processing: one workbook read and checked; never null, a bad file becomes issues. A failure of the
 * program on one file (a bug in a library, a StackOverflowError on a strange file) becomes that file's
 * INTERNAL_ERROR, so the other files keep their results and the run completes; only running out of memory still
 * fails the run.
 */
class WorkbookCheckItemProcessor implements ItemProcessor<SourceFile, CheckedFile> {

    private static final Logger log = LoggerFactory.getLogger(WorkbookCheckItemProcessor.class);
    /** Enough of an exception's message to recognise it; the log has all of it. */
    static final int MAX_FAILURE_LENGTH = 300;

    private final WorkbookChecker checker;
    private final Campaign campaign;

    WorkbookCheckItemProcessor(WorkbookChecker checker, Campaign campaign) {
        this.checker = checker;
        this.campaign = campaign;
    }

    @Override
    public CheckedFile process(SourceFile file) {
        CheckResult result;
        try {
            result = checker.check(file.path(), file.name(), campaign);
        } catch (OutOfMemoryError e) {
            // the JVM may not recover from it: the run must fail loudly rather than go on
            throw e;
        } catch (Exception | Error e) {
            log.error("{}: internal error while checking it, rejected as INTERNAL_ERROR", file.name(), e);
            return new CheckedFile(file, internalError(file, e));
        }
        logRejection(file, result);
        return new CheckedFile(file, result);
    }

    /** The file's only issue; said of the unit its name names, like a file that cannot be read. */
    private CheckResult internalError(SourceFile file, Throwable failure) {
        String unit = UnitCodeInFileName.find(file.name(), campaign.unitsByCode().keySet()).orElse(null);
        Issue issue = Issue.of(IssueCode.INTERNAL_ERROR).file(file.name()).unit(unit).found(failureText(failure))
                .build();
        return new CheckResult(unit, null, null, List.of(issue));
    }

    /** {@code IllegalStateException: what went wrong}, on one line and short enough for the exception report. */
    static String failureText(Throwable failure) {
        String type = failure.getClass().getSimpleName().isEmpty() ? failure.getClass().getName()
                : failure.getClass().getSimpleName();
        String text = (failure.getMessage() == null ? type : type + ": " + failure.getMessage())
                .replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_FAILURE_LENGTH ? text : text.substring(0, MAX_FAILURE_LENGTH - 1) + "…";
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
