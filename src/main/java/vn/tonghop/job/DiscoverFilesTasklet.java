package vn.tonghop.job;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tonghop.intake.InputFolderScanner;
import vn.tonghop.intake.InputScan;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignFingerprint;
import vn.tonghop.staging.CheckReuse;
import vn.tonghop.staging.FileLedger;

/**
 * Step 1: lists the input folder into the file ledger (workbooks to read, files ignored) and reuses the checks of
 * workbooks that are unchanged since an earlier run, in one transaction.
 */
class DiscoverFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverFilesTasklet.class);

    private final FileLedger ledger;
    private final CheckReuse reuse;
    private final Campaign campaign;
    private final String runId;
    private final Path input;

    DiscoverFilesTasklet(FileLedger ledger, CheckReuse reuse, Campaign campaign, String runId, Path input) {
        this.ledger = ledger;
        this.reuse = reuse;
        this.campaign = campaign;
        this.runId = runId;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        InputScan scan = new InputFolderScanner().scan(input);
        String campaignHash = CampaignFingerprint.of(campaign);
        Map<String, CheckReuse.Earlier> earlier = reuse.earlierChecks(runId, scan.workbooks(), campaignHash);
        ledger.recordScan(runId, scan, campaignHash, earlier);
        reuse.recordOrigins(runId, earlier);
        int reused = earlier.size();
        contribution.incrementWriteCount(scan.workbooks().size());
        log.info("{}: {} files, {} workbooks ({} unchanged since an earlier run, {} to read), {} ignored", input,
                scan.seen(), scan.workbooks().size(), reused, scan.workbooks().size() - reused,
                scan.ignored().size());
        return RepeatStatus.FINISHED;
    }
}
