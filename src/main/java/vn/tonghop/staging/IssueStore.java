package vn.tonghop.staging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.rules.Issue;
import vn.tonghop.rules.IssueCode;
import vn.tonghop.workbook.CellAddresses;

/** Issues of each run (table TH_ISSUE), kept by the stage that found them so a stage can be redone. */
@Repository
public class IssueStore {

    public enum Stage { CHECK, RECONCILE }

    /** Errors before warnings, then by unit, file and cell, as staff review them. */
    public static final Comparator<Issue> REVIEW_ORDER = Comparator
            .comparing(Issue::severity)
            .thenComparing(Issue::unit, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Issue::file, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Issue::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(issue -> CellAddresses.readingOrder(issue.cell()))
            .thenComparing(Issue::code);

    private final JdbcClient jdbc;

    public IssueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceFileIssues(String runId, String fileName, List<Issue> issues) {
        jdbc.sql("DELETE FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ? AND FILE_NAME = ?")
                .params(runId, Stage.CHECK.name(), fileName).update();
        issues.forEach(issue -> insert(runId, Stage.CHECK, issue));
    }

    public void replaceReconcileIssues(String runId, List<Issue> issues) {
        jdbc.sql("DELETE FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ?").params(runId, Stage.RECONCILE.name())
                .update();
        issues.forEach(issue -> insert(runId, Stage.RECONCILE, issue));
    }

    /** The issues each file's check found, by file name, read in one query. */
    public Map<String, List<Issue>> checkIssuesByFile(String runId) {
        Map<String, List<Issue>> byFile = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_ISSUE WHERE RUN_ID = ? AND STAGE = ? ORDER BY ID")
                .params(runId, Stage.CHECK.name()).query(IssueStore::issue).list()
                .forEach(issue -> byFile.computeIfAbsent(issue.file(), f -> new ArrayList<>()).add(issue));
        return byFile;
    }

    public List<Issue> all(String runId) {
        return jdbc.sql("SELECT * FROM TH_ISSUE WHERE RUN_ID = ?").param(runId).query(IssueStore::issue).list()
                .stream().sorted(REVIEW_ORDER).toList();
    }

    private void insert(String runId, Stage stage, Issue issue) {
        jdbc.sql("""
                INSERT INTO TH_ISSUE (RUN_ID, STAGE, FILE_NAME, CODE, SEVERITY, UNIT_CODE, SHEET, CELL, SUBJECT, FOUND,
                                      EXPECTED)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, stage.name(), issue.file(), issue.code().name(), issue.severity().name(),
                        issue.unit(), issue.sheet(), issue.cell(), issue.subject(), issue.found(), issue.expected())
                .update();
    }

    private static Issue issue(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Issue(IssueCode.valueOf(rs.getString("CODE")), rs.getString("FILE_NAME"),
                rs.getString("UNIT_CODE"), rs.getString("SHEET"), rs.getString("CELL"), rs.getString("SUBJECT"),
                rs.getString("FOUND"), rs.getString("EXPECTED"));
    }
}
