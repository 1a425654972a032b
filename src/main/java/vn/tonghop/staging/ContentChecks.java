package vn.tonghop.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tonghop.consolidation.FileStatus;

/**
 * The checks a later run may reuse (table TH_CONTENT_CHECK): one row each time a workbook's content was parsed,
 * with the campaign it was checked against, what the check found and the run and name its staged rows are kept
 * under. A night looks its files up here, among the contents ever parsed, and not among the ledger rows of every
 * kept run, most of which only point at an earlier check: that lookup grew with each night kept.
 */
final class ContentChecks {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ContentChecks(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records the checks of the named files of the run from their ledger rows (content, campaign and what their
     * check found, written just before). A file whose content could not be read has no SHA-256 and is left out, as
     * is a row recorded without its campaign.
     */
    void record(String runId, List<String> names) {
        if (!names.isEmpty()) {
            template.batchUpdate("""
                            INSERT INTO TH_CONTENT_CHECK (RUN_ID, FILE_NAME, CAMPAIGN_HASH, SHA256, STATUS, UNIT_CODE,
                                                          REPORT_DATE)
                            SELECT RUN_ID, FILE_NAME, CAMPAIGN_HASH, SHA256, STATUS, UNIT_CODE, REPORT_DATE
                            FROM TH_FILE
                            WHERE RUN_ID = ? AND FILE_NAME = ? AND SHA256 IS NOT NULL AND CAMPAIGN_HASH IS NOT NULL""",
                    names.stream().map(name -> new Object[] {runId, name}).toList());
        }
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
