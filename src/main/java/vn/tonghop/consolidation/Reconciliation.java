package vn.tonghop.consolidation;

import java.util.List;
import java.util.Map;
import vn.tonghop.vocabulary.Issue;

/**
 * The outcome of looking across all files of a run.
 *
 * @param statusByFile the status of every checked file, by file name
 * @param counted      the latest accepted file per unit, in registry order: the figures come from these only
 * @param issues       the issues found across files (superseded, newer rejected, session conflicts, not reported)
 */
public record Reconciliation(Map<String, FileStatus> statusByFile, List<CheckedFile> counted, List<Issue> issues) {

    public Reconciliation {
        statusByFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statusByFile));
        counted = List.copyOf(counted);
        issues = List.copyOf(issues);
    }
}
