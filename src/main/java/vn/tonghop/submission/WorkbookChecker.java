package vn.tonghop.submission;

import java.nio.file.Path;
import java.util.List;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.UnitCodeInFileName;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.UnreadableReason;
import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.WorkbookReader;
import vn.tonghop.workbook.WorkbookTooLargeException;
import vn.tonghop.workbook.legacy.UnicodeConversion;

/**
 * Reads one submitted file and checks it; a file that cannot be read becomes a FILE_UNREADABLE issue, or
 * FILE_ENCRYPTED when a password keeps it shut (logged, with the other rejections, by the job's processor: one line
 * naming file and cell, no stack trace). A file whose content
 * names no unit is said of the unit its file name names, if one does. Text typed in a legacy Vietnamese encoding
 * (TCVN3, VNI) is converted to Unicode before anything is read from it.
 */
public final class WorkbookChecker {

    private final WorkbookReader reader;
    private final SubmissionChecker checker = new SubmissionChecker();

    public WorkbookChecker(WorkbookReader reader) {
        this.reader = reader;
    }

    /**
     * @param fileName the name staff know the file by (relative to the input folder), used in every issue
     */
    public CheckResult check(Path file, String fileName, Campaign campaign) {
        CheckResult result;
        try {
            result = checker.check(UnicodeConversion.toUnicode(reader.read(file)), fileName, campaign);
        } catch (WorkbookTooLargeException e) {
            result = tooLarge(fileName, e);
        } catch (UnreadableWorkbookException e) {
            result = unreadable(fileName, e.reason());
        }
        return result.unitCode() == null ? unitFromFileName(result, fileName, campaign) : result;
    }

    /**
     * A file whose content gave no unit code (unreadable, not the template, the code left blank) is said of the unit
     * its name speaks of, if any: its issues then reach that unit's return workbook, and a unit whose only file
     * is unreadable is listed with it instead of as having sent nothing.
     */
    private static CheckResult unitFromFileName(CheckResult result, String fileName, Campaign campaign) {
        return UnitCodeInFileName.find(fileName, campaign.unitsByCode().keySet())
                .map(code -> new CheckResult(code, result.reportDate(), result.submission(), result.issues().stream()
                        .map(issue -> issue.unit() == null ? issue.withUnit(code) : issue).toList()))
                .orElse(result);
    }

    /** Found: which limit (its name in job.yml's {@code limits:}); expected: its value. */
    private static CheckResult tooLarge(String fileName, WorkbookTooLargeException e) {
        Issue issue = Issue.of(IssueCode.TOO_LARGE).file(fileName).found(e.limitName()).expected(e.limit()).build();
        return new CheckResult(null, null, null, List.of(issue));
    }

    /** A password against opening has its own code: its message tells the unit what to do, not to resave. */
    private static CheckResult unreadable(String fileName, UnreadableReason reason) {
        Issue issue = reason == UnreadableReason.ENCRYPTED
                ? Issue.of(IssueCode.FILE_ENCRYPTED).file(fileName).build()
                : Issue.of(IssueCode.FILE_UNREADABLE).file(fileName).found(reason.name()).build();
        return new CheckResult(null, null, null, List.of(issue));
    }
}
