package vn.tonghop.job;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that read and check workbooks (step 2), ahead of the step's thread ({@link CheckedFilesItemReader}).
 * Staging the results stays on the step's thread, in one transaction per chunk, so restarts and exactly-once hold
 * as with one thread.
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
     * A fixed pool of {@code threads} daemon threads (they never keep the JVM alive) whose queue holds at most
     * {@code queued} checks: the step's reader starts no more than that many ahead.
     */
    static ThreadPoolTaskExecutor pool(int threads, int queued) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(queued);
        pool.setDaemon(true);
        pool.setThreadNamePrefix("check-");
        pool.setTaskDecorator(withContextOfSubmitter());
        return pool;
    }

    /** A check's log lines carry the run id of the thread that started it ({@link RunIdLogging}). */
    private static TaskDecorator withContextOfSubmitter() {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> previous = MDC.getCopyOfContextMap();
                setContext(context);
                try {
                    task.run();
                } finally {
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
