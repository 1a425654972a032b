package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.List;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Severity;

/** The issues of one file, each stamped with the file, the unit code as read and the sheet. */
final class Findings {

    private final String file;
    private final String unit;
    private final String sheet;
    private final List<Issue> issues = new ArrayList<>();

    Findings(String file, String unit, String sheet) {
        this.file = file;
        this.unit = unit;
        this.sheet = sheet;
    }

    void add(IssueCode code, String cell, String subject, Object found, Object expected) {
        issues.add(Issue.of(code).file(file).unit(unit).sheet(sheet).cell(cell)
                .subject(subject).found(found).expected(expected).build());
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(issue -> issue.severity() == Severity.ERROR);
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }
}
