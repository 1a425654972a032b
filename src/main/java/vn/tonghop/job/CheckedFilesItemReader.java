package vn.tonghop.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.core.task.AsyncTaskExecutor;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;

/**
 * Step 2's reader: the run's pending workbooks, each already read and checked, in the order of the pending list.
 * The checks run ahead on the check threads while the step's thread stages the previous chunk and commits it, so
 * every processor keeps checking instead of waiting for the database at each chunk's end.
 *
 * <p>Only staging counts a file. A check done ahead of a crash is lost with the process, its file still pending in
 * the ledger, and checked again by the restart: nothing is counted twice or skipped. At most {@code ahead} checks
 * are started and not yet handed to the step, which bounds the memory their results hold.
 */
class CheckedFilesItemReader implements ItemReader<CheckedFile>, ItemStream {

    private final Iterator<SourceFile> pending;
    private final Function<SourceFile, CheckedFile> check;
    private final AsyncTaskExecutor threads;
    private final int ahead;
    private final Deque<Future<CheckedFile>> started = new ArrayDeque<>();

    /**
     * @param pending the files to check, in the order they are to be staged
     * @param check   one file's check; never throws for a bad file (it becomes the file's issues)
     * @param ahead   how many checks may be started before the step takes their results
     */
    CheckedFilesItemReader(List<SourceFile> pending, Function<SourceFile, CheckedFile> check,
                           AsyncTaskExecutor threads, int ahead) {
        if (ahead < 1) {
            throw new IllegalArgumentException("at least one check must be allowed to run ahead: " + ahead);
        }
        this.pending = List.copyOf(pending).iterator();
        this.check = check;
        this.threads = threads;
        this.ahead = ahead;
    }

    @Override
    public CheckedFile read() throws InterruptedException {
        while (started.size() < ahead && pending.hasNext()) {
            SourceFile file = pending.next();
            started.add(threads.submit(() -> check.apply(file)));
        }
        Future<CheckedFile> next = started.poll();
        return next == null ? null : result(next);
    }

    /** The check's result; what the check itself could not turn into an issue (running out of memory) fails the step. */
    private static CheckedFile result(Future<CheckedFile> check) throws InterruptedException {
        try {
            return check.get();
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a workbook check failed", failure);
        }
    }

    /**
     * The step ends (completed, failed or stopped): checks not yet handed over are abandoned, not waited for. The
     * newest go first, so a thread freed by interrupting an older check finds only cancelled ones left to start.
     */
    @Override
    public void close() {
        Future<CheckedFile> check;
        while ((check = started.pollLast()) != null) {
            check.cancel(true);
        }
    }
}
