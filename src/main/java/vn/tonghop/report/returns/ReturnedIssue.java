package vn.tonghop.report.returns;

import vn.tonghop.vocabulary.Issue;

/** An issue together with the file it is returned with. */
record ReturnedIssue(ReturnedFile file, Issue issue) {
}
