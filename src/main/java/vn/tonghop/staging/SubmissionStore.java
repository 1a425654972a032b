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
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;

/** The figures of accepted workbooks (tables TH_SUBMISSION, TH_MEMBERSHIP, TH_SESSION, TH_ATTENDANCE). */
@Repository
public class SubmissionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

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
        List<Object[]> membershipRows = new ArrayList<>();
        List<Object[]> sessionRows = new ArrayList<>();
        List<Object[]> attendanceRows = new ArrayList<>();
        byFile.forEach((fileName, submission) -> {
            submissionRows.add(new Object[] {runId, fileName, submission.unitCode(), submission.unitName(),
                submission.sheet(), submission.period(), submission.reportDate(), submission.form(),
                submission.clusterCode()});
            submission.membership().forEach((group, members) ->
                    membershipRows.add(new Object[] {runId, fileName, group, members}));
            for (SessionRow row : submission.sessions()) {
                sessionRows.add(new Object[] {runId, fileName, row.rowNumber(), row.code(), row.date(),
                    row.dateCell(), row.place(), row.total(), row.note()});
                row.attended().forEach((group, attended) ->
                        attendanceRows.add(new Object[] {runId, fileName, row.rowNumber(), group, attended}));
            }
        });
        batch("""
                INSERT INTO TH_SUBMISSION (RUN_ID, FILE_NAME, UNIT_CODE, UNIT_NAME, SHEET, PERIOD, REPORT_DATE, FORM,
                                           CLUSTER_CODE)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", submissionRows);
        batch("INSERT INTO TH_MEMBERSHIP (RUN_ID, FILE_NAME, GROUP_KEY, MEMBERS) VALUES (?, ?, ?, ?)",
                membershipRows);
        batch("""
                INSERT INTO TH_SESSION (RUN_ID, FILE_NAME, ROW_NUMBER, CODE, SESSION_DATE, DATE_CELL, PLACE, TOTAL,
                                        NOTE)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessionRows);
        batch("INSERT INTO TH_ATTENDANCE (RUN_ID, FILE_NAME, ROW_NUMBER, GROUP_KEY, ATTENDED) VALUES (?, ?, ?, ?, ?)",
                attendanceRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
        }
    }

    /**
     * Every submission of the run by file name: those checked in this run, and those of its reused workbooks, read
     * where they were staged; one query per table and run holding rows.
     */
    public Map<String, Submission> all(String runId) {
        ReusedChecks reused = ReusedChecks.of(jdbc, runId);
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
        Map<String, Map<String, Long>> membership = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_MEMBERSHIP WHERE RUN_ID = ? ORDER BY FILE_NAME").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (file != null) {
                membership.computeIfAbsent(file, f -> new LinkedHashMap<>())
                        .put(rs.getString("GROUP_KEY"), rs.getLong("MEMBERS"));
            }
        });
        Map<String, Map<Integer, Map<String, Long>>> attendance = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_ATTENDANCE WHERE RUN_ID = ?").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (file != null) {
                attendance.computeIfAbsent(file, f -> new HashMap<>())
                        .computeIfAbsent(rs.getInt("ROW_NUMBER"), r -> new HashMap<>())
                        .put(rs.getString("GROUP_KEY"), rs.getLong("ATTENDED"));
            }
        });
        Map<String, List<SessionRow>> sessions = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_SESSION WHERE RUN_ID = ? ORDER BY FILE_NAME, ROW_NUMBER").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (file == null) {
                return;
            }
            int row = rs.getInt("ROW_NUMBER");
            Map<String, Long> attended = attendance.getOrDefault(file, Map.of()).getOrDefault(row, Map.of());
            Map<String, Long> ordered = new LinkedHashMap<>();
            // keep the campaign's group order, which the membership rows were stored in
            membership.getOrDefault(file, new LinkedHashMap<>()).keySet()
                    .forEach(group -> ordered.put(group, attended.getOrDefault(group, 0L)));
            sessions.computeIfAbsent(file, f -> new ArrayList<>()).add(new SessionRow(row, rs.getString("CODE"),
                    rs.getObject("SESSION_DATE", LocalDate.class), rs.getString("DATE_CELL"), rs.getString("PLACE"),
                    ordered, rs.getLong("TOTAL"), rs.getString("NOTE")));
        });
        Map<String, Submission> submissions = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_SUBMISSION WHERE RUN_ID = ?").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (file != null) {
                submissions.put(file, new Submission(rs.getString("UNIT_CODE"), rs.getString("UNIT_NAME"),
                        rs.getString("SHEET"), rs.getString("PERIOD"), rs.getObject("REPORT_DATE", LocalDate.class),
                        rs.getString("FORM"), rs.getString("CLUSTER_CODE"), membership.getOrDefault(file, Map.of()),
                        sessions.getOrDefault(file, List.of())));
            }
        });
        return submissions;
    }
}
