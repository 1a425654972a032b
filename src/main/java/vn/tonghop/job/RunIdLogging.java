package vn.tonghop.job;

import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Tags every log line written during a run with the run's id (MDC key {@value #MDC_KEY}), also in the log file. */
class RunIdLogging implements JobExecutionListener {

    static final String MDC_KEY = "run";

    @Override
    public void beforeJob(JobExecution execution) {
        String runId = execution.getJobParameters().getString(JobParameterNames.RUN);
        if (runId != null) {
            MDC.put(MDC_KEY, runId);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        MDC.remove(MDC_KEY);
    }
}
