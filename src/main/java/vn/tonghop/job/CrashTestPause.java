package vn.tonghop.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Holds a run still at a chosen point so that crash tests can kill the process there (kill -9) and prove that the
 * next start finishes the run with every file counted once. Armed, and given to the steps, only when the system
 * property {@code tonghop.crash-test.pause} names a point: {@code checkWorkbooks.chunk<N>} (after the Nth chunk is
 * written), {@code <step>.before} or {@code <step>.after} (after the step's work, before it is recorded as done).
 */
class CrashTestPause implements StepExecutionListener, ItemWriteListener<Object> {

    private static final String CHECK_STEP = "checkWorkbooks";

    static final String PROPERTY = "tonghop.crash-test.pause";

    private final String point;
    private int chunks;

    CrashTestPause(String point) {
        this.point = point == null ? "" : point.trim();
    }

    /** True when a point is named: only then do the steps listen to it. */
    boolean armed() {
        return !point.isEmpty();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        chunks = 0;
        pauseAt(stepExecution.getStepName() + ".before");
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        pauseAt(stepExecution.getStepName() + ".after");
        return null;
    }

    /**
     * Called within the chunk's transaction, once its files are staged: a kill here rolls the chunk back, and the
     * restart reads it again. (After the write rather than after the chunk: Spring Batch 6 calls no chunk listener
     * when a chunk's items are processed on several threads.)
     */
    @Override
    public void afterWrite(Chunk<?> chunk) {
        chunks++;
        pauseAt(CHECK_STEP + ".chunk" + chunks);
    }

    private void pauseAt(String here) {
        if (point.isEmpty() || !point.equals(here)) {
            return;
        }
        System.err.println("tonghop: crash test, paused at " + here);
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
