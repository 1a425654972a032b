package vn.tonghop.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignFingerprint;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.staging.RunArchive;

/** Starts one consolidation run with its parameters and reports how it ended. */
@Component
public class ConsolidationRunner {

    private static final Set<BatchStatus> RESTARTABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    private static final Logger log = LoggerFactory.getLogger(ConsolidationRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job consolidationJob;
    private final ResumeCheck resumeCheck;
    private final RunArchive runs;
    private final CampaignLoader campaigns;

    public ConsolidationRunner(JobOperator jobOperator, JobRepository jobRepository, Job consolidationJob,
                               ResumeCheck resumeCheck, RunArchive runs, CampaignLoader campaigns) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.consolidationJob = consolidationJob;
        this.resumeCheck = resumeCheck;
        this.runs = runs;
        this.campaigns = campaigns;
    }

    public RunOutcome run(Campaign campaign, Path input, Path output, Locale language) throws Exception {
        return outcome(jobOperator.start(consolidationJob, parameters(campaign, input, output, language)));
    }

    /**
     * Finishes a run that a dead process left STARTED (a crash, a power cut, kill -9): marks it failed, as Spring
     * Batch's recover does, then restarts it from where it stopped. The caller holds the data folder's lock, so no
     * run can really be going on. When its job definition or input folder changed meanwhile, the run is abandoned
     * instead (logged with the reason) and nothing is resumed: the caller's fresh run consolidates the folder.
     */
    public Optional<RunOutcome> resumeInterrupted() throws Exception {
        Optional<JobExecution> interrupted = recoverInterrupted();
        if (interrupted.isEmpty() || abandonedAsStale(interrupted.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(outcome(jobOperator.restart(interrupted.get())));
    }

    /**
     * Restarts the newest run if it failed, was stopped or was interrupted; empty when it completed. When its job
     * definition or input folder changed since it started, it is abandoned and a fresh run with the same job
     * definition, folders and language consolidates the folder as it is now.
     */
    public Optional<Restart> restartLast() throws Exception {
        recoverInterrupted();
        JobInstance last = jobRepository.getLastJobInstance(ConsolidationJobConfiguration.JOB_NAME);
        if (last == null) {
            return Optional.empty();
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null || !RESTARTABLE.contains(execution.getStatus())) {
            return Optional.empty();
        }
        Optional<Abandoned> abandoned = abandonedAsStale(execution);
        if (abandoned.isEmpty()) {
            return Optional.of(new Restart(outcome(jobOperator.restart(execution)), Optional.empty()));
        }
        JobParameters old = execution.getJobParameters();
        Campaign campaign = campaigns.load(Path.of(old.getString(JobParameterNames.JOB_FILE)));
        RunOutcome fresh = run(campaign, Path.of(old.getString(JobParameterNames.INPUT)),
                Path.of(old.getString(JobParameterNames.OUTPUT)),
                Locale.forLanguageTag(Optional.ofNullable(old.getString(JobParameterNames.LANGUAGE)).orElse("vi")));
        return Optional.of(new Restart(fresh, abandoned));
    }

    /** Marks the run ABANDONED when it must not be finished, saying why; Spring Batch never restarts it then. */
    private Optional<Abandoned> abandonedAsStale(JobExecution execution) throws Exception {
        Optional<String> reason = resumeCheck.whyNotResumable(execution);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        String runId = execution.getJobParameters().getString(JobParameterNames.RUN);
        jobOperator.abandon(execution);
        log.warn("Run {} was abandoned, not resumed, because {}; a fresh run consolidates the folder as it is now",
                runId, reason.get());
        return Optional.of(new Abandoned(runId, reason.get()));
    }

    private Optional<JobExecution> recoverInterrupted() {
        List<JobExecution> running = jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB_NAME)
                .stream().sorted(Comparator.comparing(JobExecution::getId)).toList();
        running.forEach(jobOperator::recover);
        return running.isEmpty() ? Optional.empty()
                : Optional.of(jobRepository.getJobExecution(running.get(running.size() - 1).getId()));
    }

    private RunOutcome outcome(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        Campaign campaign = campaigns.load(Path.of(parameters.getString(JobParameterNames.JOB_FILE)));
        String runId = parameters.getString(JobParameterNames.RUN);
        Path output = Path.of(parameters.getString(JobParameterNames.OUTPUT));
        return new RunOutcome(execution, campaign, runId, OutputFolders.runFolder(output, campaign.id(), runId));
    }

    /**
     * A new job instance per run; two runs started within the same second get distinct ids, also when they are of
     * different campaigns sharing the data folder (the id keys the staged rows).
     */
    private JobParameters parameters(Campaign campaign, Path input, Path output, Locale language) {
        String base = RunIds.of(LocalDateTime.now());
        for (int attempt = 1; ; attempt++) {
            String runId = attempt == 1 ? base : base + "-" + attempt;
            JobParameters parameters = new JobParametersBuilder()
                    .addString(JobParameterNames.JOB_FILE, campaign.definitionFile().toString())
                    .addString(JobParameterNames.RUN, runId)
                    .addString(JobParameterNames.INPUT, input.toAbsolutePath().toString(), false)
                    .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().toString(), false)
                    .addString(JobParameterNames.LANGUAGE, language.toLanguageTag(), false)
                    .addString(JobParameterNames.CAMPAIGN, CampaignFingerprint.ofDefinition(campaign), false)
                    .toJobParameters();
            boolean taken = jobRepository.getJobInstance(ConsolidationJobConfiguration.JOB_NAME, parameters) != null
                    || runs.inUse(runId)
                    || Files.exists(OutputFolders.runFolder(output, campaign.id(), runId));
            if (!taken) {
                return parameters;
            }
        }
    }

    /** A run that was not finished because what it was made from changed, and why. */
    public record Abandoned(String runId, String reason) {
    }

    /** What {@code restart} did: finished the last run, or abandoned it and ran afresh. */
    public record Restart(RunOutcome outcome, Optional<Abandoned> abandoned) {
    }

    /** How a run ended and where its outputs are. */
    public record RunOutcome(JobExecution execution, Campaign campaign, String runId, Path outputFolder) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }
    }
}
