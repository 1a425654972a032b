package vn.tonghop.report.returns;

import java.nio.file.Path;
import java.util.List;
import vn.tonghop.vocabulary.Issue;

/**
 * One submitted file to send back with its issues.
 *
 * @param name   the file as staff know it, relative to the input folder
 * @param path   the submitted file itself; it may be unreadable, it is only ever opened read-only
 * @param issues the issues of this file (issues of the unit that concern no file may be given here too)
 */
public record ReturnedFile(String name, Path path, List<Issue> issues) {

    public ReturnedFile {
        issues = List.copyOf(issues);
    }
}
