package vn.tonghop.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;

/**
 * The figures of accepted workbooks (table TH_SUBMISSION): one row per workbook, its membership counts and session
 * rows in one column as JSON. A workbook's figures are always read whole, and rows of their own in three more
 * tables (ten per workbook) made staging and loading the slowest part of a run at national scale, where they
 * outgrew the database's row cache. Rows staged by earlier versions keep their figures in TH_MEMBERSHIP, TH_SESSION
 * and TH_ATTENDANCE (FIGURES null) and are read from there.
 */
@Repository
public class SubmissionStore {

    /** What a workbook reported besides its heading: stored as JSON in TH_SUBMISSION.FIGURES. */
    private record StagedFigures(Map<String, Long> membership, List<SessionRow> sessions) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json = JsonMapper.builder().build();

    public SubmissionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Stores the submissions of several files with one batch per table, replacing what an interrupted attempt may
     * have left for the same files; {@code replaced} names every file whose earlier rows go, stored or not.
     */
    public void saveAll(String runId, Collection<String> replaced, Map<String, Submission> byFile) {
        List<Object[]> files = replaced.stream().map(name -> new Object[] {runId, name}).toList();
        for (String table : List.of("TH_ATTENDANCE", "TH_SESSION", "TH_MEMBERSHIP", "TH_SUBMISSION")) {
            batch("DELETE FROM " + table + " WHERE RUN_ID = ? AND FILE_NAME = ?", files);
        }
        List<Object[]> submissionRows = new ArrayList<>();
        byFile.forEach((fileName, submission) -> submissionRows.add(new Object[] {runId, fileName,
            submission.unitCode(), submission.unitName(), submission.sheet(), submission.period(),
            submission.reportDate(), submission.form(), submission.clusterCode(),
            json.writeValueAsString(new StagedFigures(submission.membership(), submission.sessions()))}));
        batch("""
                INSERT INTO TH_SUBMISSION (RUN_ID, FILE_NAME, UNIT_CODE, UNIT_NAME, SHEET, PERIOD, REPORT_DATE, FORM,
                                           CLUSTER_CODE, FIGURES)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", submissionRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
        }
    }

    /**
     * Every submission of the run by file name: those checked in this run, and those of its reused workbooks, read
     * where they were staged; one query per run holding rows (and, for rows of earlier versions, one per old table).
     */
    public Map<String, Submission> all(String runId) {
        return all(runId, ReusedChecks.of(jdbc, runId));
    }

    /** The same, where the run's reused checks are known already. */
    Map<String, Submission> all(String runId, ReusedChecks reused) {
        Map<String, Submission> submissions = new TreeMap<>(load(runId,
                name -> reused.isReused(name) ? null : name));
        reused.byOrigin().forEach((origin, names) -> submissions.putAll(load(origin, names::get)));
        return new LinkedHashMap<>(submissions);
    }

    /**
     * The submissions staged under {@code run}, keyed by {@code rename} of their file name; files it maps to null
     * are left out.
     */
    private Map<String, Submission> load(String run, Function<String, String> rename) {
        Map<String, Submission> submissions = new HashMap<>();
        Map<String, Heading> headings = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_SUBMISSION WHERE RUN_ID = ?").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (file == null) {
                return;
            }
            Heading heading = new Heading(rs.getString("UNIT_CODE"), rs.getString("UNIT_NAME"), rs.getString("SHEET"),
                    rs.getString("PERIOD"), rs.getObject("REPORT_DATE", LocalDate.class), rs.getString("FORM"),
                    rs.getString("CLUSTER_CODE"));
            String figures = rs.getString("FIGURES");
            if (figures == null) {
                headings.put(file, heading);
            } else {
                StagedFigures staged = json.readValue(figures, StagedFigures.class);
                submissions.put(file, heading.with(staged.membership(), staged.sessions()));
            }
        });
        if (!headings.isEmpty()) {
            submissions.putAll(new LegacyFigures(jdbc).of(run, rename, headings));
        }
        return submissions;
    }

    /** A submission without its figures. */
    record Heading(String unitCode, String unitName, String sheet, String period, LocalDate reportDate, String form,
                   String clusterCode) {

        Submission with(Map<String, Long> membership, List<SessionRow> sessions) {
            return new Submission(unitCode, unitName, sheet, period, reportDate, form, clusterCode, membership,
                    sessions);
        }
    }
}
