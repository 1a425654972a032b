package vn.tonghop.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.report.OutputContents;
import vn.tonghop.report.OutputFiles;

/**
 * Step 4: writes the run's outputs into a hidden folder beside the final one and moves it into place in one step,
 * so a run folder that exists is always complete.
 */
class WriteOutputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteOutputsTasklet.class);

    private final OutputContentsLoader loader;
    private final OutputFiles outputs;
    private final Campaign campaign;
    private final String runId;
    private final Path output;

    WriteOutputsTasklet(OutputContentsLoader loader, OutputFiles outputs, Campaign campaign, String runId, Path output) {
        this.loader = loader;
        this.outputs = outputs;
        this.campaign = campaign;
        this.runId = runId;
        this.output = output;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        LocalDateTime started = chunkContext.getStepContext().getStepExecution().getJobExecution().getStartTime();
        OutputContents result = loader.load(campaign, runId, started.atZone(ZoneId.systemDefault()).toInstant());

        Path folder = OutputFolders.runFolder(output, campaign.id(), runId);
        Path partial = folder.resolveSibling("." + runId + ".partial");
        FileSystemUtils.deleteRecursively(partial);
        Files.createDirectories(partial);
        outputs.writeAll(result, partial);
        // an earlier attempt of this same run may have published its folder and died before the step was recorded
        FileSystemUtils.deleteRecursively(folder);
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        OutputFolders.pointLatest(folder);
        log.info("Run {}: outputs written to {}", runId, folder);
        return RepeatStatus.FINISHED;
    }
}
