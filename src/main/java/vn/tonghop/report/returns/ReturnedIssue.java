package vn.tonghop.report.returns;

import vn.tonghop.rules.Issue;

/** An issue together with the file it is returned with. */
record ReturnedIssue(ReturnedFile file, Issue issue) {
}
