package vn.tonghop.job;

import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.consolidation.Consolidator;
import vn.tonghop.consolidation.Reconciler;
import vn.tonghop.consolidation.Reconciliation;
import vn.tonghop.staging.ResultStore;
import vn.tonghop.staging.StagedRun;

/**
 * Step 3: decides which file counts for each unit, records the issues found across files, then computes the figures
 * from the files that count and stores them for the output step. Both halves work on one load of the checked files
 * (at 60,000 files, loading them is seconds) and commit together, so a crash redoes both or neither.
 */
class ConsolidateTasklet implements Tasklet {

    private final StagedRun staged;
    private final ResultStore results;
    private final Campaign campaign;
    private final String runId;

    ConsolidateTasklet(StagedRun staged, ResultStore results, Campaign campaign, String runId) {
        this.staged = staged;
        this.results = results;
        this.campaign = campaign;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<CheckedFile> files = staged.checkedFiles(runId);
        Reconciliation reconciliation = new Reconciler().reconcile(campaign, files);
        staged.saveReconciliation(runId, reconciliation);
        staged.offerChecksForReuse(runId);
        results.save(runId, new Consolidator().consolidate(campaign, files, reconciliation));
        contribution.incrementWriteCount(reconciliation.counted().size());
        return RepeatStatus.FINISHED;
    }
}
