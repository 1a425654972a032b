package vn.tonghop.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.vocabulary.IssueCode;

/**
 * Incremental runs: a workbook whose content (SHA-256) was already checked against the same campaign is not parsed
 * again; its staged submission, sessions and issues are copied into the new run under the file's current name.
 */
@Repository
public class CheckReuse {

    private static final List<String> COPIES = List.of(
            """
            INSERT INTO TH_SUBMISSION (RUN_ID, FILE_NAME, UNIT_CODE, UNIT_NAME, SHEET, PERIOD, REPORT_DATE, FORM,
                                       CLUSTER_CODE)
            SELECT ?, ?, UNIT_CODE, UNIT_NAME, SHEET, PERIOD, REPORT_DATE, FORM, CLUSTER_CODE
            FROM TH_SUBMISSION WHERE RUN_ID = ? AND FILE_NAME = ?""",
            """
            INSERT INTO TH_MEMBERSHIP (RUN_ID, FILE_NAME, GROUP_KEY, MEMBERS)
            SELECT ?, ?, GROUP_KEY, MEMBERS FROM TH_MEMBERSHIP WHERE RUN_ID = ? AND FILE_NAME = ?""",
            """
            INSERT INTO TH_SESSION (RUN_ID, FILE_NAME, ROW_NUMBER, CODE, SESSION_DATE, DATE_CELL, PLACE, TOTAL, NOTE)
            SELECT ?, ?, ROW_NUMBER, CODE, SESSION_DATE, DATE_CELL, PLACE, TOTAL, NOTE
            FROM TH_SESSION WHERE RUN_ID = ? AND FILE_NAME = ?""",
            """
            INSERT INTO TH_ATTENDANCE (RUN_ID, FILE_NAME, ROW_NUMBER, GROUP_KEY, ATTENDED)
            SELECT ?, ?, ROW_NUMBER, GROUP_KEY, ATTENDED FROM TH_ATTENDANCE WHERE RUN_ID = ? AND FILE_NAME = ?""",
            """
            INSERT INTO TH_ISSUE (RUN_ID, STAGE, FILE_NAME, CODE, SEVERITY, UNIT_CODE, SHEET, CELL, SUBJECT, FOUND,
                                  EXPECTED)
            SELECT ?, STAGE, ?, CODE, SEVERITY, UNIT_CODE, SHEET, CELL, SUBJECT, FOUND, EXPECTED
            FROM TH_ISSUE WHERE RUN_ID = ? AND FILE_NAME = ? AND STAGE = 'CHECK'""");

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
        List<Pending> pending = jdbc.sql("""
                        SELECT FILE_NAME, SHA256, CAMPAIGN_HASH FROM TH_FILE
                        WHERE RUN_ID = ? AND STATUS = ? ORDER BY FILE_NAME""")
                .params(runId, FileLedger.PENDING)
                .query((rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<Object[]> copies = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        for (Pending file : pending) {
            earlierCheck(runId, file).ifPresent(earlier -> {
                copies.add(new Object[] {runId, file.name(), earlier.runId(), earlier.name()});
                // superseded is decided again across the files of this run; what was checked clean is accepted
                FileStatus status = earlier.status() == FileStatus.REJECTED ? FileStatus.REJECTED
                        : FileStatus.ACCEPTED;
                statuses.add(new Object[] {status.name(), earlier.unitCode(), earlier.reportDate(), earlier.runId(),
                    runId, file.name()});
            });
        }
        if (!copies.isEmpty()) {
            // one batch per table for all reused files, each statement prepared once
            COPIES.forEach(copy -> template.batchUpdate(copy, copies));
            template.batchUpdate("""
                    UPDATE TH_FILE SET STATUS = ?, UNIT_CODE = ?, REPORT_DATE = ?, REUSED_FROM = ?
                    WHERE RUN_ID = ? AND FILE_NAME = ?""", statuses);
        }
        return copies.size();
    }

    /**
     * The newest earlier check of the same content. A rejected file is reused only under the same name: its unit
     * may have been taken from its name, when its content gave none (see {@code WorkbookChecker}). A check the
     * program failed on (INTERNAL_ERROR) is never reused: the failure may not happen again.
     */
    private Optional<Earlier> earlierCheck(String runId, Pending file) {
        return jdbc.sql("""
                        SELECT RUN_ID, FILE_NAME, STATUS, UNIT_CODE, REPORT_DATE FROM TH_FILE F
                        WHERE SHA256 = ? AND CAMPAIGN_HASH = ? AND RUN_ID <> ?
                          AND (STATUS IN (?, ?) OR STATUS = ? AND FILE_NAME = ?)
                          AND NOT EXISTS (SELECT 1 FROM TH_ISSUE I WHERE I.RUN_ID = F.RUN_ID
                                          AND I.FILE_NAME = F.FILE_NAME AND I.CODE = ?)
                        ORDER BY RUN_ID DESC LIMIT 1""")
                .params(file.sha256(), file.campaignHash(), runId, FileStatus.ACCEPTED.name(),
                        FileStatus.SUPERSEDED.name(), FileStatus.REJECTED.name(), file.name(),
                        IssueCode.INTERNAL_ERROR.name())
                .query((rs, row) -> new Earlier(rs.getString(1), rs.getString(2),
                        FileStatus.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class)))
                .optional();
    }

    private record Pending(String name, String sha256, String campaignHash) {
    }

    private record Earlier(String runId, String name, FileStatus status, String unitCode,
                           java.time.LocalDate reportDate) {
    }
}
