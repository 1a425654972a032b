package vn.tonghop.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.report.FileCounts;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.ResultStore;

/** The past runs from the job repository, newest first, with the main figures of those that got that far. */
@Component
public class RunHistory {

    private final JobRepository jobRepository;
    private final ResultStore results;
    private final FileLedger ledger;

    public RunHistory(JobRepository jobRepository, ResultStore results, FileLedger ledger) {
        this.jobRepository = jobRepository;
        this.results = results;
        this.ledger = ledger;
    }

    /** One past run: its last execution, and its figures when it was consolidated. */
    public record Entry(String runId, String job, LocalDateTime started, Duration duration, BatchStatus status,
                        int attempts, FileCounts files, Optional<Figures> figures) {
    }

    public List<Entry> newest(int count) {
        List<Entry> entries = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0, count)) {
            List<JobExecution> executions = jobRepository.getJobExecutions(instance);
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            String runId = last.getJobParameters().getString(RunParameters.RUN);
            LocalDateTime started = executions.stream().map(JobExecution::getStartTime)
                    .filter(java.util.Objects::nonNull).min(LocalDateTime::compareTo).orElse(last.getCreateTime());
            LocalDateTime ended = last.getEndTime() != null ? last.getEndTime() : LocalDateTime.now();
            entries.add(new Entry(runId, jobId(last), started, Duration.between(started, ended), last.getStatus(),
                    executions.size(), ledger.counts(runId),
                    results.overallFigures(runId)));
        }
        return entries;
    }

    private static String jobId(JobExecution execution) {
        String file = execution.getJobParameters().getString(RunParameters.JOB_FILE);
        java.nio.file.Path parent = java.nio.file.Path.of(file).getParent();
        return parent == null ? file : parent.getFileName().toString();
    }
}
