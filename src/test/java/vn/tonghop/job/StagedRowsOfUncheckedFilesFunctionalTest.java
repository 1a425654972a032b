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
 * The check step deletes a file's earlier rows before staging it only when some unchecked file of the run has rows
 * (an attempt whose files were listed again); the ledger says so in one query, and replacing them leaves only the
 * new ones.
 */
@JobFunctionalTest
class StagedRowsOfUncheckedFilesFunctionalTest {

    private static final String RUN = "leftovers";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileLedger ledger;
    @Autowired
    IssueStore issues;
    @Autowired
    StagedRun staged;

    @Test
    void rowsOfAnUncheckedFileAreSeenAndReplacedWhenItIsStaged() {
        pending("a.xlsx");
        pending("b.xlsx");
        assertThat(ledger.pendingCount(RUN)).isEqualTo(2);
        assertThat(ledger.pendingFilesHaveRows(RUN)).isFalse();

        issues.replaceFileIssues(RUN, List.of("a.xlsx"), List.of(issue("a.xlsx", "G14")));
        assertThat(ledger.pendingFilesHaveRows(RUN)).isTrue();

        SourceFile a = new SourceFile(Path.of("a.xlsx"), "a.xlsx", 1, Instant.EPOCH, "0".repeat(64));
        staged.saveChecked(RUN, List.of(new CheckedFile(a, new CheckResult("DV001", null, null,
                List.of(issue("a.xlsx", "F15"))))), true);

        assertThat(jdbc.sql("SELECT CELL FROM TH_ISSUE WHERE RUN_ID = ? AND FILE_NAME = 'a.xlsx'").param(RUN)
                .query(String.class).list()).containsExactly("F15");
        assertThat(ledger.pendingCount(RUN)).isEqualTo(1);
        assertThat(ledger.pendingFilesHaveRows(RUN)).isFalse();
    }

    private void pending(String name) {
        jdbc.sql("""
                INSERT INTO TH_FILE (RUN_ID, FILE_NAME, PATH, SIZE_BYTES, LAST_MODIFIED, SHA256, STATUS)
                VALUES (?, ?, ?, 1, CURRENT_TIMESTAMP, ?, 'PENDING')""")
                .params(RUN, name, name, "0".repeat(64)).update();
    }

    private static Issue issue(String file, String cell) {
        return Issue.of(IssueCode.TOTAL_ROW_MISMATCH).file(file).unit("DV001").sheet("Báo cáo").cell(cell)
                .found(60).expected(50).build();
    }
}
