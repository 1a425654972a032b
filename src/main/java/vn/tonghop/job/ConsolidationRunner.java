package vn.tonghop.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.tonghop.campaign.Campaign;

/** Starts one consolidation run with its parameters and reports how it ended. */
@Component
public class ConsolidationRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job consolidationJob;

    public ConsolidationRunner(JobOperator jobOperator, JobRepository jobRepository, Job consolidationJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.consolidationJob = consolidationJob;
    }

    public RunOutcome run(Campaign campaign, Path input, Path output, Locale language) throws Exception {
        JobParameters parameters = parameters(campaign, input, output, language);
        JobExecution execution = jobOperator.start(consolidationJob, parameters);
        String runId = parameters.getString(RunParameters.RUN);
        return new RunOutcome(execution, runId, OutputFolders.runFolder(output, campaign.id(), runId));
    }

    /** A new job instance per run; two runs started within the same second get distinct ids. */
    private JobParameters parameters(Campaign campaign, Path input, Path output, Locale language) {
        String base = RunIds.of(LocalDateTime.now());
        for (int attempt = 1; ; attempt++) {
            String runId = attempt == 1 ? base : base + "-" + attempt;
            JobParameters parameters = new JobParametersBuilder()
                    .addString(RunParameters.JOB_FILE, campaign.definitionFile().toString())
                    .addString(RunParameters.RUN, runId)
                    .addString(RunParameters.INPUT, input.toAbsolutePath().toString(), false)
                    .addString(RunParameters.OUTPUT, output.toAbsolutePath().toString(), false)
                    .addString(RunParameters.LANGUAGE, language.toLanguageTag(), false)
                    .toJobParameters();
            boolean taken = jobRepository.getJobInstance(ConsolidationJobConfiguration.JOB_NAME, parameters) != null
                    || Files.exists(OutputFolders.runFolder(output, campaign.id(), runId));
            if (!taken) {
                return parameters;
            }
        }
    }

    /** How a run ended and where its outputs are. */
    public record RunOutcome(JobExecution execution, String runId, Path outputFolder) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }
    }
}
