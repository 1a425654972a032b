package vn.tonghop.job;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that read and check the workbooks of a chunk at once (step 2). Reading the chunk's files from the
 * pending list and staging their results stay on the step's thread, in one transaction per chunk, so restarts and
 * exactly-once hold as with one thread.
 */
final class CheckThreads {

    /** System or application property: how many workbooks are checked at once; 0 or absent: one per processor. */
    static final String PROPERTY = "tonghop.check-threads";

    private CheckThreads() {
    }

    /** One per processor unless {@code configured} is positive. */
    static int count(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /**
     * A fixed pool of {@code threads} daemon threads (they never keep the JVM alive) whose queue holds at most one
     * chunk: a chunk submits its files and waits for them before the next is read.
     */
    static ThreadPoolTaskExecutor pool(int threads, int filesPerChunk) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(filesPerChunk);
        pool.setDaemon(true);
        pool.setThreadNamePrefix("check-");
        pool.setTaskDecorator(withContextOfSubmitter());
        return pool;
    }

    /**
     * A check runs in the job of the thread that submitted it, so that job-scoped beans (the run's campaign) resolve
     * (Spring Batch itself gives the check thread only the step's scope), and its log lines carry the run id
     * ({@link RunIdLogging}).
     */
    private static TaskDecorator withContextOfSubmitter() {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            JobContext job = JobSynchronizationManager.getContext();
            return () -> {
                Map<String, String> previous = MDC.getCopyOfContextMap();
                setContext(context);
                if (job != null) {
                    JobSynchronizationManager.register(job.getJobExecution());
                }
                try {
                    task.run();
                } finally {
                    if (job != null) {
                        JobSynchronizationManager.close();
                    }
                    setContext(previous);
                }
            };
        };
    }

    private static void setContext(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
