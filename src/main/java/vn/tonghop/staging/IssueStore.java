package vn.tonghop.staging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.IssueOrder;
import vn.tonghop.vocabulary.Severity;

/** Issues of each run (table TH_ISSUE), kept by the stage that found them so a stage can be redone. */
@Repository
public class IssueStore {

    public enum Stage { CHECK, RECONCILE }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public IssueStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces the check issues of several files with one batch each for deleting and inserting. */
    public void replaceFileIssues(String runId, Collection<String> fileNames, List<Issue> issues) {
        if (!fileNames.isEmpty()) {
            template.batchUpdate("DELETE FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ? AND FILE_NAME = ?",
                    fileNames.stream().map(name -> new Object[] {runId, Stage.CHECK.name(), name}).toList());
        }
        insert(runId, Stage.CHECK, issues);
    }

    public void replaceReconcileIssues(String runId, List<Issue> issues) {
        jdbc.sql("DELETE FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ?").params(runId, Stage.RECONCILE.name())
                .update();
        insert(runId, Stage.RECONCILE, issues);
    }

    /**
     * The issues each file's check found, by file name: found in this run, or where a reused workbook's check was
     * staged (under its name in this run).
     */
    public Map<String, List<Issue>> checkIssuesByFile(String runId) {
        return checkIssuesByFile(runId, ReusedChecks.of(jdbc, runId));
    }

    /** The same, where the run's reused checks are known already. */
    Map<String, List<Issue>> checkIssuesByFile(String runId, ReusedChecks reused) {
        Map<String, List<Issue>> byFile = new HashMap<>();
        checkIssues(runId, reused)
                .forEach(issue -> byFile.computeIfAbsent(issue.file(), f -> new ArrayList<>()).add(issue));
        return byFile;
    }

    /** Every issue of the run, its reused workbooks' included, errors first, then by unit, file and cell. */
    public List<Issue> all(String runId) {
        List<Issue> issues = new ArrayList<>(checkIssues(runId, ReusedChecks.of(jdbc, runId)));
        issues.addAll(jdbc.sql("SELECT * FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ?")
                .params(runId, Stage.RECONCILE.name()).query(IssueStore::issue).list());
        return issues.stream().sorted(IssueOrder.REVIEW).toList();
    }

    /** How many issues of each severity the run has. */
    public Map<Severity, Long> countsBySeverity(String runId) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        all(runId).forEach(issue -> counts.merge(issue.severity(), 1L, Long::sum));
        return counts;
    }

    private List<Issue> checkIssues(String runId, ReusedChecks reused) {
        List<Issue> issues = new ArrayList<>();
        jdbc.sql("SELECT * FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ? ORDER BY ID")
                .params(runId, Stage.CHECK.name()).query(IssueStore::issue).list().stream()
                .filter(issue -> !reused.isReused(issue.file()))
                .forEach(issues::add);
        reused.byOrigin().forEach((origin, names) ->
                jdbc.sql("SELECT * FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ? ORDER BY ID")
                        .params(origin, Stage.CHECK.name()).query(IssueStore::issue).list().forEach(issue -> {
                            String current = names.get(issue.file());
                            if (current != null) {
                                issues.add(issue.inFile(current));
                            }
                        }));
        return issues;
    }

    private void insert(String runId, Stage stage, List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                INSERT INTO TH_ISSUE (RUN_ID, STAGE, FILE_NAME, CODE, SEVERITY, UNIT_CODE, SHEET, CELL, SUBJECT, FOUND,
                                      EXPECTED)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", issues.stream().map(issue -> new Object[] {
                    runId, stage.name(), issue.file(), issue.code().name(), issue.severity().name(), issue.unit(),
                    issue.sheet(), issue.cell(), issue.subject(), issue.found(), issue.expected()}).toList());
    }

    private static Issue issue(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Issue(IssueCode.valueOf(rs.getString("CODE")), rs.getString("FILE_NAME"),
                rs.getString("UNIT_CODE"), rs.getString("SHEET"), rs.getString("CELL"), rs.getString("SUBJECT"),
                rs.getString("FOUND"), rs.getString("EXPECTED"));
    }
}
