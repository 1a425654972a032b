package vn.tonghop.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.Reconciler;
import vn.tonghop.consolidation.Reconciliation;
import vn.tonghop.staging.StagedRun;

/** Step 3: decides which file counts for each unit and records the issues found across files. */
class ReconcileTasklet implements Tasklet {

    private final StagedRun staged;
    private final Campaign campaign;
    private final String runId;

    ReconcileTasklet(StagedRun staged, Campaign campaign, String runId) {
        this.staged = staged;
        this.campaign = campaign;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Reconciliation reconciliation = new Reconciler().reconcile(campaign, staged.checkedFiles(runId));
        staged.saveReconciliation(runId, reconciliation);
        contribution.incrementWriteCount(reconciliation.counted().size());
        return RepeatStatus.FINISHED;
    }
}
