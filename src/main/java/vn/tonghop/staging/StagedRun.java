package vn.tonghop.staging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.consolidation.Reconciliation;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.Submission;
import vn.tonghop.vocabulary.Issue;

/** Reads and writes a run's checked files as the consolidation needs them, over the staging tables. */
@Component
public class StagedRun {

    private final FileLedger ledger;
    private final SubmissionStore submissions;
    private final IssueStore issues;

    public StagedRun(FileLedger ledger, SubmissionStore submissions, IssueStore issues) {
        this.ledger = ledger;
        this.submissions = submissions;
        this.issues = issues;
    }

    /**
     * Stores what checking the files of a chunk found, with one batch per table; the files leave the pending list
     * in the same transaction. Rows the files may have from an earlier attempt are replaced.
     */
    public void saveChecked(String runId, List<? extends CheckedFile> checkedFiles) {
        saveChecked(runId, checkedFiles, true);
    }

    /**
     * The same; {@code replaceEarlierRows} false when the caller knows that no unchecked file of the run has staged
     * rows ({@link FileLedger#pendingFilesHaveRows}), which spares a delete per file and table.
     */
    public void saveChecked(String runId, List<? extends CheckedFile> checkedFiles, boolean replaceEarlierRows) {
        List<String> names = checkedFiles.stream().map(checked -> checked.file().name()).toList();
        Map<String, Submission> accepted = new LinkedHashMap<>();
        List<Issue> found = new ArrayList<>();
        List<FileLedger.Checked> statuses = new ArrayList<>();
        for (CheckedFile checked : checkedFiles) {
            CheckResult result = checked.result();
            if (result.accepted()) {
                accepted.put(checked.file().name(), result.submission());
            }
            found.addAll(result.issues());
            statuses.add(new FileLedger.Checked(checked.file().name(),
                    result.accepted() ? FileStatus.ACCEPTED : FileStatus.REJECTED, result.unitCode(),
                    result.reportDate()));
        }
        List<String> replaced = replaceEarlierRows ? names : List.of();
        submissions.saveAll(runId, replaced, accepted);
        issues.replaceFileIssues(runId, replaced, found);
        ledger.markChecked(runId, statuses);
    }

    /** See {@link FileLedger#pendingFilesHaveRows}. */
    public boolean pendingFilesHaveRows(String runId) {
        return ledger.pendingFilesHaveRows(runId);
    }

    /** Every checked file of the run, each with its submission (when accepted) and the issues found in it. */
    public List<CheckedFile> checkedFiles(String runId) {
        // where the reused checks are kept is read once for both (at national scale, a scan of the run's ledger)
        ReusedChecks reused = ledger.reusedChecks(runId);
        Map<String, Submission> stored = submissions.all(runId, reused);
        Map<String, List<Issue>> found = issues.checkIssuesByFile(runId, reused);
        List<CheckedFile> files = new ArrayList<>();
        for (FileLedger.Entry entry : ledger.checked(runId)) {
            String name = entry.file().name();
            files.add(new CheckedFile(entry.file(), new CheckResult(entry.unitCode(), entry.reportDate(),
                    stored.get(name), found.getOrDefault(name, List.of()))));
        }
        return files;
    }

    /**
     * Records which files count, which were superseded, and the issues found across files. Only the statuses that
     * differ from the stored ones are written: nearly every file keeps the status its check gave, and rewriting
     * 60,000 unchanged rows cost seconds. The run's file counts are final then, and kept apart: the outputs and the
     * console read them without counting the files again.
     */
    public void saveReconciliation(String runId, Reconciliation reconciliation) {
        Map<String, FileStatus> stored = ledger.statuses(runId);
        Map<String, FileStatus> changed = new LinkedHashMap<>();
        reconciliation.statusByFile().forEach((name, status) -> {
            if (stored.get(name) != status) {
                changed.put(name, status);
            }
        });
        ledger.setStatuses(runId, changed);
        issues.replaceReconcileIssues(runId, reconciliation.issues());
        ledger.keepCounts(runId);
    }

    /**
     * Offers the checks of the workbooks the run parsed to later runs (see {@link ContentChecks}); done once all
     * are checked, in one statement, rather than file by file while the check step stages them.
     */
    public void offerChecksForReuse(String runId) {
        ledger.offerChecksForReuse(runId);
    }
}
