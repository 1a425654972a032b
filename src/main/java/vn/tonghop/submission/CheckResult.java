package vn.tonghop.submission;

import java.time.LocalDate;
import java.util.List;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.Severity;

/**
 * What checking one workbook found. The unit code and report date are kept even when the file is rejected, so that
 * a rejected newer file of a unit can be told apart from an older one.
 *
 * @param unitCode   the unit code as read, or null when none could be read
 * @param reportDate the report date as read, or null
 * @param submission the figures, or null when an ERROR was found
 */
public record CheckResult(String unitCode, LocalDate reportDate, Submission submission, List<Issue> issues) {

    public CheckResult {
        issues = List.copyOf(issues);
        if (submission != null && issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("a submission with errors cannot be accepted");
        }
    }

    public boolean accepted() {
        return submission != null;
    }
}
