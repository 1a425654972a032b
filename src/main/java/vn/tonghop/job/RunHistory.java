package vn.tonghop.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.ResultStore;
import vn.tonghop.staging.RunArchive.ArchivedRun;
import vn.tonghop.staging.RunArchive;

/**
 * The past runs, newest first, with the main figures of those that got that far: the recent ones from the job
 * repository, the older ones from the archive their job-repository rows were moved to when they were purged.
 */
@Component
public class RunHistory {

    private final JobRepository jobRepository;
    private final ResultStore results;
    private final FileLedger ledger;
    private final RunArchive archive;

    public RunHistory(JobRepository jobRepository, ResultStore results, FileLedger ledger, RunArchive archive) {
        this.jobRepository = jobRepository;
        this.results = results;
        this.ledger = ledger;
        this.archive = archive;
    }

    /** One past run: its last execution, and its figures when it was consolidated. */
    public record Entry(String runId, String job, LocalDateTime started, Duration duration, BatchStatus status,
                        int attempts, FileCounts files, Optional<Figures> figures) {
    }

    public List<Entry> newest(int count) {
        List<Entry> entries = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0, count)) {
            entry(instance).ifPresent(entries::add);
        }
        for (ArchivedRun run : archive.newest(count)) {
            entries.add(new Entry(run.runId(), run.job(), run.started(), run.duration(),
                    BatchStatus.valueOf(run.status()), run.attempts(), ledger.counts(run.runId()),
                    results.overallFigures(run.runId())));
        }
        entries.sort(Comparator.comparing(Entry::started).thenComparing(Entry::runId).reversed());
        return entries.subList(0, Math.min(count, entries.size()));
    }

    /**
     * Moves what the history shows of a run out of the job repository into the archive, then deletes the run's job
     * instance with its executions, parameters and contexts: the job repository grows with every run otherwise.
     */
    void archive(JobInstance instance) {
        entry(instance).ifPresent(entry -> archive.save(new ArchivedRun(entry.runId(), entry.job(), entry.started(),
                entry.duration(), entry.status().name(), entry.attempts())));
        jobRepository.deleteJobInstance(instance);
    }

    private Optional<Entry> entry(JobInstance instance) {
        List<JobExecution> executions = jobRepository.getJobExecutions(instance);
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null) {
            return Optional.empty();
        }
        String runId = last.getJobParameters().getString(JobParameterNames.RUN);
        LocalDateTime started = executions.stream().map(JobExecution::getStartTime)
                .filter(java.util.Objects::nonNull).min(LocalDateTime::compareTo).orElse(last.getCreateTime());
        LocalDateTime ended = last.getEndTime() != null ? last.getEndTime() : LocalDateTime.now();
        return Optional.of(new Entry(runId, jobId(last), started, Duration.between(started, ended), last.getStatus(),
                executions.size(), ledger.counts(runId), results.overallFigures(runId)));
    }

    private static String jobId(JobExecution execution) {
        String file = execution.getJobParameters().getString(JobParameterNames.JOB_FILE);
        java.nio.file.Path parent = java.nio.file.Path.of(file).getParent();
        return parent == null ? file : parent.getFileName().toString();
    }
}
