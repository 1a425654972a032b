package vn.tonghop.job;

import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.consolidation.Consolidator;
import vn.tonghop.staging.ResultStore;
import vn.tonghop.staging.StagedRun;

/** Step 4: computes the figures from the files that count and stores them for the output step. */
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
        results.save(runId, new Consolidator().consolidate(campaign, files, staged.reconciliation(runId, files)));
        return RepeatStatus.FINISHED;
    }
}
