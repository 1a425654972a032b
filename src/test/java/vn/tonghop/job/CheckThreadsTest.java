package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class CheckThreadsTest {

    @Test
    void oneThreadPerProcessorUnlessConfigured() {
        assertThat(CheckThreads.count(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(CheckThreads.count(-1)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(CheckThreads.count(3)).isEqualTo(3);
    }

    @Test
    void checksOnAtMostTheGivenThreadsAndQueuesAtMostOneChunk() throws Exception {
        ThreadPoolTaskExecutor pool = CheckThreads.pool(2, 10);
        pool.initialize();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(pool.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    bothRunning.countDown();
                    release.await();
                    return null;
                }));
            }
            assertThat(bothRunning.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> pool.submit(() -> null)).isInstanceOf(TaskRejectedException.class);
            release.countDown();
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }
            assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("check-"));
            assertThat(pool.getThreadPoolExecutor().getThreadFactory().newThread(() -> { }).isDaemon()).isTrue();
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Test
    void logLinesWrittenWhileCheckingCarryTheRunId() throws Exception {
        ThreadPoolTaskExecutor pool = CheckThreads.pool(2, 10);
        pool.initialize();
        MDC.put(RunIdLogging.MDC_KEY, "20070630-020000");
        try {
            String seen = pool.submit(() -> MDC.get(RunIdLogging.MDC_KEY)).get(30, TimeUnit.SECONDS);

            assertThat(seen).isEqualTo("20070630-020000");
            MDC.remove(RunIdLogging.MDC_KEY);
            assertThat(pool.submit(() -> MDC.get(RunIdLogging.MDC_KEY)).get(30, TimeUnit.SECONDS))
                    .as("a later run's context does not keep the earlier run id").isNull();
        } finally {
            MDC.remove(RunIdLogging.MDC_KEY);
            pool.shutdown();
        }
    }
}
