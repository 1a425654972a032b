package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.Consolidator;
import vn.tonghop.consolidation.Reconciler;
import vn.tonghop.consolidation.Reconciliation;
import vn.tonghop.staging.ResultStore;
import vn.tonghop.staging.StagedRun;

/**
 * The output step takes the result the consolidate step has just committed from memory; a restarted output step
 * reads it from the database. Both must give the same figures, and a result rolled back must never be taken.
 */
@JobFunctionalTest
class ResultHandoffFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");

    @Autowired
    JobRuns runs;
    @Autowired
    StagedRun staged;
    @Autowired
    ResultStore results;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCommittedResultIsTakenOnceAndEqualsWhatTheDatabaseGivesBack(@TempDir Path folder) throws Exception {
        Consolidation consolidated = consolidationOfTheSample(folder);

        new TransactionTemplate(transactions).executeWithoutResult(status -> results.save("handoff", consolidated));

        assertThat(results.load("handoff")).isSameAs(consolidated);
        // what a restarted output step would read: the same figures, every unit's line, to the last digit
        Consolidation fromDatabase = results.load("handoff");
        assertThat(fromDatabase).isNotSameAs(consolidated).isEqualTo(consolidated);
        assertThat(fromDatabase.units()).hasSize(87);
        assertThat(fromDatabase.overall().attendees()).isEqualTo(8_602);
    }

    @Test
    void aResultRolledBackIsNeverTaken(@TempDir Path folder) throws Exception {
        Consolidation consolidated = consolidationOfTheSample(folder);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            results.save("rolled-back", consolidated);
            status.setRollbackOnly();
        });

        assertThatThrownBy(() -> results.load("rolled-back")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rolled-back has not been consolidated");
    }

    @Test
    void anotherRunsResultIsNotTakenForThisOne(@TempDir Path folder) throws Exception {
        Consolidation consolidated = consolidationOfTheSample(folder);
        new TransactionTemplate(transactions).executeWithoutResult(status -> results.save("other", consolidated));

        assertThatThrownBy(() -> results.load("never-consolidated")).isInstanceOf(IllegalStateException.class);
        assertThat(results.load("other")).isSameAs(consolidated);
    }

    @Test
    void aResultStagedAsTextByAnEarlierVersionIsStillReadAndReplacedWhenConsolidatedAgain(@TempDir Path folder)
            throws Exception {
        Consolidation consolidated = consolidationOfTheSample(folder);
        // as versions before the deflated table wrote it: the JSON text in TH_RESULT
        jdbc.update("INSERT INTO TH_RESULT (RUN_ID, CONSOLIDATION) VALUES (?, ?)", "earlier",
                JsonMapper.builder().build().writeValueAsString(consolidated));

        Consolidation read = results.find("earlier").orElseThrow();
        assertThat(read).isEqualTo(consolidated);
        assertThat(read.overall().attendees()).isEqualTo(8_602);

        new TransactionTemplate(transactions).executeWithoutResult(status -> results.save("earlier", consolidated));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TH_RESULT WHERE RUN_ID = 'earlier'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TH_RESULT_DEFLATED WHERE RUN_ID = 'earlier'",
                Integer.class)).isOne();
        assertThat(results.find("earlier")).contains(consolidated);
    }

    /** A fresh consolidation of the sample, computed as the consolidate step does, never read from the database. */
    private Consolidation consolidationOfTheSample(Path folder) throws Exception {
        String runId = "sample-" + folder.getFileName();
        runs.run(runId, JOB, JobRuns.copyOfSampleInput(folder), folder.resolve("output"));
        Campaign campaign = new CampaignLoader().load(JOB);
        List<CheckedFile> files = staged.checkedFiles(runId);
        Reconciliation reconciliation = new Reconciler().reconcile(campaign, files);
        return new Consolidator().consolidate(campaign, files, reconciliation);
    }
}
