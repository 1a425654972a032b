package vn.tonghop.job;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.tonghop.consolidation.CheckedFile;

/**
 * Shows how step 2 (reading the workbooks) progresses. In a terminal: one line on stderr, rewritten after each
 * file. Otherwise (a scheduler, a service, output redirected): a log line each time another tenth of the files has
 * been committed, so at most ten lines and at most one per chunk. One instance per step execution; a file counts
 * when the step takes its check's result (the checks themselves run on other threads).
 */
class CheckProgressListener implements StepExecutionListener, ItemReadListener<CheckedFile>,
        ItemWriteListener<CheckedFile> {

    private final ToIntFunction<String> pendingFiles;
    private final Clock clock;
    private final PrintStream terminal;
    private final Consumer<String> log;

    private int total;
    private int done;
    private Instant started;
    private int nextTenth = 1;
    private int lastLineLength;

    CheckProgressListener(ToIntFunction<String> pendingFiles, Clock clock, PrintStream terminal,
                                  Consumer<String> log) {
        this.pendingFiles = pendingFiles;
        this.clock = clock;
        this.terminal = terminal;
        this.log = log;
    }

    /** @param pendingFiles the number of workbooks still to check in a run, by run id */
    static CheckProgressListener inTerminal(ToIntFunction<String> pendingFiles, Clock clock, PrintStream terminal) {
        return new CheckProgressListener(pendingFiles, clock, terminal, null);
    }

    static CheckProgressListener inLog(ToIntFunction<String> pendingFiles, Clock clock, Consumer<String> log) {
        return new CheckProgressListener(pendingFiles, clock, null, log);
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        String runId = stepExecution.getJobExecution().getJobParameters().getString(JobParameterNames.RUN);
        total = pendingFiles.applyAsInt(runId);
        started = clock.instant();
    }

    @Override
    public synchronized void afterRead(CheckedFile checked) {
        done++;
        if (terminal != null) {
            String line = progress().line();
            terminal.print("\r" + line + " ".repeat(Math.max(0, lastLineLength - line.length())));
            terminal.flush();
            lastLineLength = line.length();
        }
    }

    @Override
    public synchronized void afterWrite(Chunk<? extends CheckedFile> chunk) {
        if (log != null && total > 0 && done * 10L >= (long) total * nextTenth) {
            log.accept(progress().line());
            nextTenth = (int) (done * 10L / total) + 1;
        }
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal != null && lastLineLength > 0) {
            terminal.println();
            terminal.flush();
        }
        return null;
    }

    private CheckProgress progress() {
        return new CheckProgress(done, total, Duration.between(started, clock.instant()));
    }
}
