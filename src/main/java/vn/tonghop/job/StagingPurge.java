package vn.tonghop.job;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import vn.tonghop.staging.StagingRetention;

/**
 * At the end of a completed run, purges the staged per-file rows and the job-repository rows of all but the newest
 * {@code tonghop.keep-runs} runs, so the data folder stops growing; the history keeps every run's start, status,
 * figures and file counts.
 */
class StagingPurge implements JobExecutionListener {

    static final String PROPERTY = "tonghop.keep-runs";
    static final int DEFAULT_KEPT_RUNS = 30;

    /** Runs moved to the archive at once; normally one, as every completed run purges. */
    private static final int OLDER_AT_MOST = 100_000;

    private static final Logger log = LoggerFactory.getLogger(StagingPurge.class);

    private final JobRepository jobRepository;
    private final StagingRetention retention;
    private final RunHistory history;
    private final int keptRuns;

    StagingPurge(JobRepository jobRepository, StagingRetention retention, RunHistory history, int keptRuns) {
        if (keptRuns < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be 1 or more, not " + keptRuns);
        }
        this.jobRepository = jobRepository;
        this.retention = retention;
        this.history = history;
        this.keptRuns = keptRuns;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return; // a failed run may be restarted: nothing is purged before it completes
        }
        List<String> newest = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0,
                keptRuns)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null) {
                newest.add(last.getJobParameters().getString(JobParameterNames.RUN));
            }
        }
        newest.add(execution.getJobParameters().getString(JobParameterNames.RUN));
        List<JobInstance> older = jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, keptRuns,
                OLDER_AT_MOST);
        older.forEach(history::archive);
        List<String> purged = retention.purgeAllBut(newest);
        if (!purged.isEmpty()) {
            log.info("Purged the staged files of {} old run(s), keeping the newest {}", purged.size(), keptRuns);
        }
        if (!older.isEmpty()) {
            log.info("Moved {} old run(s) from the job repository to the run archive", older.size());
        }
    }
}
