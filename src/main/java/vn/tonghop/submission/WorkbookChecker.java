package vn.tonghop.submission;

import java.nio.file.Path;
import java.util.List;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.rules.Issue;
import vn.tonghop.rules.IssueCode;
import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.WorkbookReader;

/**
 * Reads one submitted file and checks it; a file that cannot be read becomes a FILE_UNREADABLE issue (logged, with
 * the other rejections, by the job's processor: one line naming file and cell, no stack trace).
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
        try {
            return checker.check(reader.read(file), fileName, campaign);
        } catch (UnreadableWorkbookException e) {
            return unreadable(fileName, e.reason().name());
        }
    }

    private static CheckResult unreadable(String fileName, String reason) {
        Issue issue = Issue.of(IssueCode.FILE_UNREADABLE).file(fileName).found(reason).build();
        return new CheckResult(null, null, null, List.of(issue));
    }
}
