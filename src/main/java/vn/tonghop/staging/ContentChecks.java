package vn.tonghop.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tonghop.consolidation.FileStatus;

/**
 * The checks a later run may reuse (table TH_CONTENT_CHECK): one row each time a workbook's content was parsed
 * (recorded when its run consolidates), with the campaign it was checked against, what the check found and the run
 * and name its staged rows are kept under. A night looks its files up here, among the contents ever parsed, and not
 * among the ledger rows of every kept run, most of which only point at an earlier check: that lookup grew with each
 * night kept.
 */
final class ContentChecks {

    private final JdbcClient jdbc;

    ContentChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ledger rows that hold a check of their own (REUSED_NAME null), of a content that could be read, checked
     * against a known campaign and not failed on by the program (INTERNAL_ERROR: the failure may not happen again).
     */
    private static final String OWN_CHECKS = """
            INSERT INTO TH_CONTENT_CHECK (RUN_ID, FILE_NAME, CAMPAIGN_HASH, SHA256, STATUS, UNIT_CODE, REPORT_DATE)
            SELECT F.RUN_ID, F.FILE_NAME, F.CAMPAIGN_HASH, F.SHA256, F.STATUS, F.UNIT_CODE, F.REPORT_DATE
            FROM TH_FILE F
            WHERE F.REUSED_NAME IS NULL AND F.SHA256 IS NOT NULL AND F.CAMPAIGN_HASH IS NOT NULL
              AND F.STATUS IN ('ACCEPTED', 'SUPERSEDED', 'REJECTED')
              AND NOT EXISTS (SELECT 1 FROM TH_ISSUE I WHERE I.RUN_ID = F.RUN_ID AND I.FILE_NAME = F.FILE_NAME
                              AND I.CODE = 'INTERNAL_ERROR')
            """;

    /** Records the checks of the workbooks the run parsed, replacing what an interrupted attempt recorded. */
    void recordRun(String runId) {
        forget(runId);
        jdbc.sql(OWN_CHECKS + " AND F.RUN_ID = ?").param(runId).update();
    }

    /**
     * Records the checks of every kept run that has none recorded: a data folder of a version without this table.
     *
     * @return how many were recorded
     */
    int recordMissing() {
        return jdbc.sql(OWN_CHECKS + """
                 AND NOT EXISTS (SELECT 1 FROM TH_CONTENT_CHECK C WHERE C.RUN_ID = F.RUN_ID
                                 AND C.FILE_NAME = F.FILE_NAME)""").update();
    }

    /** Forgets the run's checks: its files are listed again and will be checked again. */
    void forget(String runId) {
        jdbc.sql("DELETE FROM TH_CONTENT_CHECK WHERE RUN_ID = ?").param(runId).update();
    }

    /** Every check against the campaign by another run, by SHA-256 of the content checked. */
    Map<String, List<CheckReuse.Earlier>> against(String campaignHash, String exceptRunId) {
        Map<String, List<CheckReuse.Earlier>> bySha = new HashMap<>();
        jdbc.sql("""
                        SELECT SHA256, RUN_ID, FILE_NAME, STATUS, UNIT_CODE, REPORT_DATE FROM TH_CONTENT_CHECK
                        WHERE CAMPAIGN_HASH = ? AND RUN_ID <> ?""")
                .params(campaignHash, exceptRunId)
                .query(rs -> {
                    bySha.computeIfAbsent(rs.getString(1), sha -> new ArrayList<>()).add(new CheckReuse.Earlier(
                            rs.getString(2), rs.getString(3), FileStatus.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getObject(6, LocalDate.class)));
                });
        return bySha;
    }
}
