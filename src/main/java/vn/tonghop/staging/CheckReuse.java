package vn.tonghop.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.vocabulary.IssueCode;

/**
 * Incremental runs: a workbook whose content (SHA-256) was already checked against the same campaign is not parsed
 * again. Its staged submission, sessions and issues are not copied either: the run's ledger row points at the run
 * and name they are kept under (see {@link ReusedChecks}), so an unchanged night writes one row per file.
 */
@Repository
public class CheckReuse {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public CheckReuse(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Copies earlier checks of the run's pending workbooks where the content and the campaign are unchanged.
     *
     * @return how many workbooks need not be parsed
     */
    public int reuseUnchanged(String runId) {
        Map<String, Earlier> earlier = earlierChecks(runId);
        List<Object[]> statuses = new ArrayList<>();
        earlier.forEach((name, check) -> {
            // superseded is decided again across the files of this run; what was checked clean is accepted
            FileStatus status = check.status() == FileStatus.REJECTED ? FileStatus.REJECTED : FileStatus.ACCEPTED;
            statuses.add(new Object[] {status.name(), check.unitCode(), check.reportDate(), check.runId(),
                check.name(), runId, name});
        });
        if (!statuses.isEmpty()) {
            template.batchUpdate("""
                    UPDATE TH_FILE SET STATUS = ?, UNIT_CODE = ?, REPORT_DATE = ?, REUSED_FROM = ?, REUSED_NAME = ?
                    WHERE RUN_ID = ? AND FILE_NAME = ?""", statuses);
        }
        new RunOrigins(jdbc, template).record(runId,
                earlier.values().stream().map(Earlier::runId).collect(Collectors.toSet()));
        return statuses.size();
    }

    /**
     * For each pending workbook of the run, the newest earlier check of the same content and where its rows are
     * kept, found in one query for all (one query per file cost more than reading the files at ten thousand files).
     * Only rows that hold their own check are candidates: a run that reused a check points at the same rows, so
     * looking at it too only grew the query with every night kept. A rejected file is reused only under the same
     * name: its unit may have been taken from its name, when its content gave none (see {@code WorkbookChecker}). A
     * check the program failed on (INTERNAL_ERROR) is never reused: the failure may not happen again. Of two earlier
     * checks in the same run, the one under the same name wins, then the first name.
     */
    private Map<String, Earlier> earlierChecks(String runId) {
        Map<String, Earlier> newest = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT P.FILE_NAME, F.RUN_ID, F.FILE_NAME, F.STATUS, F.UNIT_CODE, F.REPORT_DATE
                        FROM TH_FILE P
                        JOIN TH_FILE F
                          ON F.SHA256 = P.SHA256 AND F.CAMPAIGN_HASH = P.CAMPAIGN_HASH AND F.REUSED_NAME IS NULL
                         AND F.RUN_ID <> P.RUN_ID
                        WHERE P.RUN_ID = ? AND P.STATUS = ?
                          AND (F.STATUS IN (?, ?) OR F.STATUS = ? AND F.FILE_NAME = P.FILE_NAME)
                          AND NOT EXISTS (SELECT 1 FROM TH_ISSUE I WHERE I.RUN_ID = F.RUN_ID
                                          AND I.FILE_NAME = F.FILE_NAME AND I.CODE = ?)
                        ORDER BY P.FILE_NAME, F.RUN_ID DESC,
                                 CASE WHEN F.FILE_NAME = P.FILE_NAME THEN 0 ELSE 1 END, F.FILE_NAME""")
                .params(runId, FileLedger.PENDING, FileStatus.ACCEPTED.name(), FileStatus.SUPERSEDED.name(),
                        FileStatus.REJECTED.name(), IssueCode.INTERNAL_ERROR.name())
                .query(rs -> {
                    newest.putIfAbsent(rs.getString(1), new Earlier(rs.getString(2), rs.getString(3),
                            FileStatus.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getObject(6, LocalDate.class)));
                });
        return newest;
    }

    private record Earlier(String runId, String name, FileStatus status, String unitCode,
                           LocalDate reportDate) {
    }
}
