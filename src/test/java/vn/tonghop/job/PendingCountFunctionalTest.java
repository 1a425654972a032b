package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.IssueStore;
import vn.tonghop.staging.StagedRun;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;

/**
 * The check step's progress total, the workbooks of the run not yet checked, counted rather than loaded; and
 * staging a checked file replaces rows an earlier attempt left for it.
 */
@JobFunctionalTest
class PendingCountFunctionalTest {

    private static final String RUN = "pending";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileLedger ledger;
    @Autowired
    StagedRun staged;
    @Autowired
    IssueStore issues;

    @Test
    void aCheckedFileLeavesThePendingCountAndItsEarlierRowsAreReplaced() {
        pending("a.xlsx");
        pending("b.xlsx");
        assertThat(ledger.pendingCount(RUN)).isEqualTo(2).isEqualTo(ledger.pending(RUN).size());

        issues.replaceFileIssues(RUN, List.of("a.xlsx"), List.of(issue("G14")));

        SourceFile a = new SourceFile(Path.of("a.xlsx"), "a.xlsx", 1, Instant.EPOCH, "0".repeat(64));
        staged.saveChecked(RUN, List.of(new CheckedFile(a, new CheckResult("DV001", null, null,
                List.of(issue("F15"))))));

        assertThat(jdbc.sql("SELECT CELL FROM TH_ISSUE WHERE RUN_ID = ? AND FILE_NAME = 'a.xlsx'").param(RUN)
                .query(String.class).list()).containsExactly("F15");
        assertThat(ledger.pendingCount(RUN)).isEqualTo(1).isEqualTo(ledger.pending(RUN).size());
    }

    private static Issue issue(String cell) {
        return Issue.of(IssueCode.TOTAL_ROW_MISMATCH).file("a.xlsx").unit("DV001").sheet("Báo cáo").cell(cell)
                .found(60).expected(50).build();
    }

    private void pending(String name) {
        jdbc.sql("""
                INSERT INTO TH_FILE (RUN_ID, FILE_NAME, PATH, SIZE_BYTES, LAST_MODIFIED, SHA256, STATUS)
                VALUES (?, ?, ?, 1, CURRENT_TIMESTAMP, ?, 'PENDING')""")
                .params(RUN, name, name, "0".repeat(64)).update();
    }
}
